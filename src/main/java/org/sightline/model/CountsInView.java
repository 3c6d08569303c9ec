package org.sightline.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The event counts of one hierarchy's nodes within a time window, for the panels, which are asked again on
 * every frame of a zoom or pan: the events are indexed ({@link WindowCounts}) only when the dataset or the
 * list of events is a new one, and a new window only reads the index.
 */
public final class CountsInView {

    private final Function<Dataset, ? extends Hierarchy<?>> hierarchyOf;
    private final Function<TimelineEvent, List<String>> idsOf;
    private WindowCounts index;
    private Dataset indexedDataset;
    private List<TimelineEvent> indexedEvents;
    private Map<String, Integer> counts = Map.of();

    public CountsInView(Function<Dataset, ? extends Hierarchy<?>> hierarchyOf,
                        Function<TimelineEvent, List<String>> idsOf) {
        this.hierarchyOf = hierarchyOf;
        this.idsOf = idsOf;
    }

    /**
     * Counts {@code events} of {@code dataset} (none when it is null) that overlap {@code window} (all of them
     * when it is null), indexing them first unless they are the ones indexed last. True when a count changed.
     */
    public boolean update(Dataset dataset, List<TimelineEvent> events, TimeWindow window) {
        if (dataset != indexedDataset || events != indexedEvents) {
            indexedDataset = dataset;
            indexedEvents = events;
            index = dataset == null ? null : WindowCounts.of(hierarchyOf.apply(dataset), events, idsOf);
        }
        Map<String, Integer> now = index == null ? Map.of() : index.in(window);
        if (now.equals(counts)) {
            return false;
        }
        counts = now;
        return true;
    }

    /** The count of node {@code id} at the last update (0 when it has no event in view). */
    public int of(String id) {
        return counts.getOrDefault(id, 0);
    }
}
