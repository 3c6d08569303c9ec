package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

class TimelineSummaryTest {

    private static final TimelineEvent BEFORE = TestData.event("before", "2018-05-01", null, EventStatus.OCCURRED, "a");
    private static final TimelineEvent ACROSS_START =
            TestData.event("across", "2019-06-01", "2020-02-01", EventStatus.ESTABLISHED, "a");
    private static final TimelineEvent INSIDE = TestData.event("inside", "2020-06-01", null, EventStatus.OCCURRED, "z");
    private static final TimelineEvent AFTER = TestData.event("after", "2022-01-01", null, EventStatus.OCCURRED, "z");
    private static final Dataset DATA =
            TestData.orgTree().event(BEFORE).event(ACROSS_START).event(INSIDE).event(AFTER).build();
    private static final TimeWindow YEAR_2020 =
            new TimeWindow(PartialDate.parse("2020").startMillis(), PartialDate.parse("2020").endMillis());

    @Test
    void readsTheWindowAndCountsTheEventsThatOverlapIt() {
        String text = TimelineSummary.of(DATA, DATA.events(), YEAR_2020, null, Locale.UK);
        assertEquals("Timeline, 2020: 2 of 4 events in view.", text, "the span begun in 2019 is in view, the rest not");
    }

    @Test
    void saysHowManyEventsTheFiltersLeftOut() {
        String text = TimelineSummary.of(DATA, List.of(INSIDE, AFTER), YEAR_2020, null, Locale.UK);
        assertEquals("Timeline, 2020: 1 of 2 events in view (filtered from 4).", text);
    }

    @Test
    void readsTheSelectedEventWithItsDateStatusAndOrganisations() {
        String text = TimelineSummary.of(DATA, DATA.events(), YEAR_2020, INSIDE, Locale.UK);
        assertTrue(text.endsWith(" Selected: Event inside, 1 Jun 2020, occurred, Z."), text);
    }

    @Test
    void monthPrecisionSelectionIsReadAsItsMonthAndAProposalAsProposed() {
        TimelineEvent unit = TestData.event("unit", "2019-12", null, EventStatus.PROPOSED, "b");
        Dataset d = TestData.orgTree().event(unit).build();
        String text = TimelineSummary.of(d, d.events(), YEAR_2020, unit, Locale.UK);
        assertTrue(text.contains("Selected: Event unit, Dec 2019, proposed, B."), text);
        assertFalse(text.contains("1 Dec"), "a month-only date is never read as the 1st: " + text);
    }

    @Test
    void withoutADatasetItSaysSo() {
        assertEquals("Timeline, no dataset", TimelineSummary.of(null, List.of(), YEAR_2020, null, Locale.UK));
    }
}
