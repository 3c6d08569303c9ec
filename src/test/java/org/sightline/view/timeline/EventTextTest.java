package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;

class EventTextTest {

    private static TimelineEvent event(String start, String end) {
        return new TimelineEvent("e", "Event", PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, "", List.of(), List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null);
    }

    private static byte datingOf(String start, String end) {
        EventText text = new EventText(List.of(event(start, end)), Locale.UK, s -> s.length() * 7.0);
        return text.dating(0);
    }

    @Test
    void aDateKnownOnlyToTheMonthOrYearIsCoarseEvenAsPartOfASpan() {
        assertEquals(EventText.COARSE, datingOf("2019-12", null));
        assertEquals(EventText.COARSE, datingOf("2019", null));
        assertEquals(EventText.COARSE, datingOf("2022-11-22", "2023"));
        assertEquals(EventText.COARSE, datingOf("2022-11", "2023-02-01"));
    }

    @Test
    void spansPointsToTheDayAndTimedPointsAreToldApart() {
        assertEquals(EventText.SPAN, datingOf("2022-11-22", "2022-12-01"));
        assertEquals(EventText.DAY, datingOf("2019-12-20", null));
        assertEquals(EventText.INSTANT, datingOf("2023-09-19T09:30Z", null));
    }

    @Test
    void datingIsKeptPerEventAndAgreesWithTheLabel() {
        EventText text = new EventText(List.of(event("2019-12", null), event("2019-12-20", null)), Locale.UK,
                s -> s.length() * 7.0);
        assertEquals(EventText.COARSE, text.dating(0));
        assertEquals(EventText.DAY, text.dating(1));
        assertEquals(EventText.COARSE, text.dating(0));
        assertEquals("Dec 2019 · Event", text.label(0));
        assertEquals("Event", text.label(1));
    }
}
