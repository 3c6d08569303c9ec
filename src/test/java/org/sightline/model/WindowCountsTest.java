package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sightline.io.Fixtures;
import org.sightline.io.NativeDatasetReader;

class WindowCountsTest {

    private final Dataset d = new NativeDatasetReader().read(Fixtures.path("linked-panels.json")).dataset();

    @Test
    void givesTheSameCountsAsAPassOverEveryEvent() {
        WindowCounts regions = WindowCounts.of(d.regions(), d.events(), TimelineEvent::regionIds);
        WindowCounts orgs = WindowCounts.of(d.organisations(), d.events(), TimelineEvent::organisationIds);
        assertEquals(EventCounts.perRegion(d, d.events(), null), regions.in(null));
        assertEquals(EventCounts.perOrganisation(d, d.events(), null), orgs.in(null));
        // Every window whose edges are event starts or ends, or a millisecond either side of one: the cases
        // where "overlaps" is decided by a single millisecond.
        List<Long> edges = new ArrayList<>();
        for (TimelineEvent e : d.events()) {
            for (long t : new long[] {e.startMillis(), e.endMillis()}) {
                edges.add(t - 1);
                edges.add(t);
                edges.add(t + 1);
            }
        }
        int windows = 0;
        for (long from : edges) {
            for (long to : edges) {
                if (to > from) {
                    TimeWindow w = new TimeWindow(from, to);
                    assertEquals(EventCounts.perRegion(d, d.events(), w), regions.in(w), "regions in " + w);
                    assertEquals(EventCounts.perOrganisation(d, d.events(), w), orgs.in(w), "organisations in " + w);
                    windows++;
                }
            }
        }
        assertTrue(windows > 500, windows + " windows compared");
    }

    @Test
    void countsAnEventOnceWhenItNamesANodeAndItsDescendant() {
        Dataset data = Dataset.builder("t")
                .region(new Region("asia", "Asia", null, "region", null, null, null))
                .region(new Region("japan", "Japan", "asia", "region", null, null, null))
                .event(event("both", 100, 200, List.of("asia", "japan")))
                .event(event("point", 300, -1, List.of("japan")))
                .build();
        WindowCounts counts = WindowCounts.of(data.regions(), data.events(), TimelineEvent::regionIds);
        assertEquals(2, counts.in(null).get("asia"));
        assertEquals(1, counts.in(days(0, 150)).get("asia"), "named twice, counted once");
        assertEquals(null, counts.in(days(201, 300)).get("asia"), "the span ends with day 200, the point is day 300");
        assertEquals(1, counts.in(days(300, 301)).get("japan"));
        assertEquals(null, counts.in(days(301, 400)).get("japan"));
    }

    @Test
    void agreesWithAPassOverEveryEventOnRandomData() {
        Random random = new Random(20261126);
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            regions.add(new Region("r" + i, "R" + i, i < 4 ? null : "r" + random.nextInt(i), "region", null, null,
                    null));
        }
        Dataset.Builder b = Dataset.builder("random");
        regions.forEach(b::region);
        for (int i = 0; i < 2000; i++) {
            int start = random.nextInt(3_000);
            int end = random.nextBoolean() ? -1 : start + random.nextInt(200);
            b.event(event("e" + i, start, end, List.of("r" + random.nextInt(20), "r" + random.nextInt(20))));
        }
        Dataset data = b.build();
        WindowCounts counts = WindowCounts.of(data.regions(), data.events(), TimelineEvent::regionIds);
        for (int i = 0; i < 300; i++) {
            long from = random.nextInt(3_300 * 24) * 3_600_000L - 100 * TimeWindow.DAY;
            TimeWindow w = new TimeWindow(from, from + 1 + random.nextInt(1_000) * 3_600_000L);
            assertEquals(EventCounts.perRegion(data, data.events(), w), counts.in(w), "in " + w);
        }
    }

    /** An event on day {@code start} after 1 Jan 2000, to the end of day {@code end} (-1: a one-day point). */
    private static TimelineEvent event(String id, int start, int end, List<String> regions) {
        return new TimelineEvent(id, "Title " + id, day(start), end < 0 ? null : day(end), null, null, List.of(),
                regions, EventStatus.OCCURRED, null, List.of(), List.of(new Source("Pub", "Src", null, null)), null);
    }

    private static PartialDate day(int n) {
        java.time.LocalDate d = java.time.LocalDate.of(2000, 1, 1).plusDays(n);
        return PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** From the start of day {@code from} to the start of day {@code to}. */
    private static TimeWindow days(int from, int to) {
        return new TimeWindow(day(from).startMillis(), day(to).startMillis());
    }
}
