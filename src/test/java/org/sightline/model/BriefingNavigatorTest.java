package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingNavigatorTest {

    private static Briefing briefingOf(int steps) {
        List<BriefingStep> list = new java.util.ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            list.add(new BriefingStep("e" + i, null, null, List.of(), List.of(), "Step " + i, null));
        }
        return new Briefing("b", "B", list);
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        BriefingNavigator nav = new BriefingNavigator(briefingOf(3));
        assertEquals("1 / 3", nav.progress());
        assertFalse(nav.previous());
        assertTrue(nav.next());
        assertTrue(nav.next());
        assertEquals("3 / 3", nav.progress());
        assertFalse(nav.next());
        assertEquals(2, nav.index());
        assertTrue(nav.previous());
        assertEquals("Step 2", nav.current().caption());
    }

    @Test
    void firstAndLastJump() {
        BriefingNavigator nav = new BriefingNavigator(briefingOf(5));
        assertTrue(nav.last());
        assertEquals(4, nav.index());
        assertTrue(nav.first());
        assertEquals(0, nav.index());
    }

    @Test
    void jumpTakesAOneBasedNumberAndRefusesOnesThatDoNotExist() {
        BriefingNavigator nav = new BriefingNavigator(briefingOf(10));
        assertTrue(nav.jumpTo(7));
        assertEquals("7 / 10", nav.progress());
        assertFalse(nav.jumpTo(0));
        assertFalse(nav.jumpTo(11));
        assertEquals(6, nav.index());
    }

    @Test
    void emptyBriefingIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BriefingNavigator(new Briefing("x", "X", List.of())));
    }

    @Test
    void automaticBriefingHasEveryEventInTimeOrder() {
        Dataset d = Dataset.builder("T")
                .event(new TimelineEvent("late", "Late", PartialDate.parse("2024"), null, null, "s", List.of(), List.of(),
                        EventStatus.OCCURRED, null, List.of(), List.of(), null))
                .event(new TimelineEvent("early", "Early", PartialDate.parse("2019-12"), null, null, "s", List.of(),
                        List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null))
                .build();
        Briefing b = d.defaultBriefing();
        assertEquals(List.of("early", "late"), b.steps().stream().map(BriefingStep::eventId).toList());
        assertEquals("Early", b.steps().get(0).caption());
    }

    @Test
    void stepWindowIsItsOwnRangeOrAWindowAroundItsEvent() {
        Dataset d = Dataset.builder("T")
                .event(new TimelineEvent("e", "E", PartialDate.parse("2022-12-14"), null, null, "s", List.of(), List.of(),
                        EventStatus.OCCURRED, null, List.of(), List.of(), null))
                .build();
        BriefingStep ranged = new BriefingStep(null, PartialDate.parse("2022-10"), PartialDate.parse("2023-01"),
                List.of(), List.of(), "c", null);
        TimeWindow w = ranged.window(d);
        assertEquals(PartialDate.parse("2022-10").startMillis(), w.startMillis());
        assertEquals(PartialDate.parse("2023-01").endMillis(), w.endMillis());
        TimeWindow around = new BriefingStep("e", null, null, List.of(), List.of(), "c", null).window(d);
        long mid = PartialDate.parse("2022-12-14").startMillis() + TimeWindow.DAY / 2;
        assertTrue(around.startMillis() < mid && around.endMillis() > mid);
        assertTrue(around.duration() >= 120 * TimeWindow.DAY);
    }

    @Test
    void aStepsEventSitsLeftOfTheMiddleSoItsLabelHasRoomOnTheRight() {
        Dataset d = Dataset.builder("T")
                .event(new TimelineEvent("point", "A point with a long title", PartialDate.parse("2024-12-04"), null,
                        null, "s", List.of(), List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null))
                .event(new TimelineEvent("span", "A span", PartialDate.parse("2020-01-01"), PartialDate.parse("2021-12-31"),
                        null, "s", List.of(), List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null))
                .build();
        TimeWindow point = new BriefingStep("point", null, null, List.of(), List.of(), "c", null).window(d);
        long at = PartialDate.parse("2024-12-04").startMillis() + TimeWindow.DAY / 2;
        assertEquals(0.35, (at - point.startMillis()) / (double) point.duration(), 0.001, "a third of the way across");
        assertEquals(240 * TimeWindow.DAY, point.duration(), TimeWindow.DAY, "four months and as much again around it");

        TimeWindow span = new BriefingStep("span", null, null, List.of(), List.of(), "c", null).window(d);
        long from = PartialDate.parse("2020-01-01").startMillis();
        long to = PartialDate.parse("2021-12-31").endMillis();
        assertTrue(span.startMillis() < from && span.endMillis() > to, "the whole span, with room on both sides");
        assertTrue(span.endMillis() - to > from - span.startMillis(), "more room after it than before it");
    }
}
