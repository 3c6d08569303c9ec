package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.io.Fixtures;
import org.sightline.io.NativeDatasetReader;

class CountsInViewTest {

    private final Dataset d = new NativeDatasetReader().read(Fixtures.path("linked-panels.json")).dataset();
    private final CountsInView counts = new CountsInView(Dataset::regions, TimelineEvent::regionIds);

    private void assertCounts(List<TimelineEvent> events, TimeWindow window) {
        for (Region r : d.regions().all()) {
            assertEquals(EventCounts.perRegion(d, events, window).getOrDefault(r.id(), 0), counts.of(r.id()), r.id());
        }
    }

    @Test
    void countsTheGivenEventsInTheWindowAndSaysWhetherACountChanged() {
        assertTrue(counts.update(d, d.events(), null), "the first counts are a change");
        assertCounts(d.events(), null);
        assertFalse(counts.update(d, d.events(), null), "the same events in the same window change nothing");

        TimelineEvent first = d.events().get(0);
        TimeWindow around = new TimeWindow(first.startMillis(), first.endMillis());
        assertTrue(counts.update(d, d.events(), around));
        assertCounts(d.events(), around);
        assertFalse(counts.update(d, d.events(), around));
    }

    @Test
    void aNewListOfEventsIsCountedAfresh() {
        counts.update(d, d.events(), null);
        List<TimelineEvent> some = d.events().subList(0, 2);
        assertTrue(counts.update(d, some, null));
        assertCounts(some, null);
    }

    @Test
    void noDatasetCountsNothing() {
        counts.update(d, d.events(), null);
        assertTrue(counts.update(null, List.of(), null));
        for (Region r : d.regions().all()) {
            assertEquals(0, counts.of(r.id()));
        }
    }
}
