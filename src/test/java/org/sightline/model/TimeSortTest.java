package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The load path's sort gives exactly the order of {@link Dataset#TIME_ORDER}. */
class TimeSortTest {

    private static TimelineEvent event(String id, PartialDate start, PartialDate end) {
        return new TimelineEvent(id, "Event " + id, start, end, null, "", List.of(), List.of(), EventStatus.OCCURRED,
                null, List.of(), List.of(), null);
    }

    private static List<TimelineEvent> randomEvents(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Few distinct years and months, so equal starts (and ties on the end) are common; BCE years too.
            int year = -50 + r.nextInt(120) * 20;
            PartialDate start = r.nextBoolean() ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, 1 + r.nextInt(3));
            PartialDate end = r.nextInt(4) == 0 ? PartialDate.ofYear(year + 1 + r.nextInt(3)) : null;
            events.add(event("e" + r.nextInt(n * 4), start, end));
        }
        return events;
    }

    @Test
    void sortsLikeTheTimeOrderComparatorIncludingTiesAndBceDates() {
        for (long seed = 1; seed <= 5; seed++) {
            List<TimelineEvent> events = randomEvents(5000, seed);
            List<TimelineEvent> expected = new ArrayList<>(events);
            expected.sort(Dataset.TIME_ORDER);
            assertEquals(expected, TimeSort.sorted(events), "seed " + seed);
        }
    }

    @Test
    void sortedInputIsKeptAndEmptyOrSingleInputWorks() {
        List<TimelineEvent> events = randomEvents(300, 9);
        events.sort(Dataset.TIME_ORDER);
        assertEquals(events, TimeSort.sorted(events));
        assertEquals(List.of(), TimeSort.sorted(List.of()));
        assertEquals(events.subList(0, 1), TimeSort.sorted(events.subList(0, 1)));
        List<TimelineEvent> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        assertEquals(events, TimeSort.sorted(reversed));
    }

    @Test
    void datasetFindsEventsByIdAfterSorting() {
        List<TimelineEvent> events = List.of(event("b", PartialDate.ofYear(2020), null),
                event("a", PartialDate.ofYear(2019), null));
        Dataset d = Dataset.builder("t").events(events).build();
        assertEquals("a", d.events().get(0).id());
        assertEquals(events.get(0), d.event("b").orElseThrow());
        assertEquals(true, d.event("missing").isEmpty());
    }
}
