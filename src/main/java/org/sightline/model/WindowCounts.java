package org.sightline.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How many events lie at or below each node of a hierarchy and overlap a time window, counted as
 * {@link EventCounts} counts them (an event once per node, however many of the node's descendants it
 * names), but answered from an index: per node, the sorted starts and the sorted ends of its events. An
 * event overlaps the window unless it ends at or before the window's start or starts at or after its
 * end, and no event does both, so a window costs two binary searches per node instead of a pass over
 * every event. Built once per set of events; the panels ask it again for every frame of a zoom or pan.
 */
public final class WindowCounts {

    private static final long[] NONE = new long[0];

    private final String[] ids;
    private final long[][] starts;
    private final long[][] ends;

    private WindowCounts(String[] ids, long[][] starts, long[][] ends) {
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
    }

    /** Indexes {@code events} by the nodes of {@code hierarchy} that {@code idsOf} names, and their ancestors. */
    public static <T extends HierarchyNode> WindowCounts of(Hierarchy<T> hierarchy, Collection<TimelineEvent> events,
                                                            Function<TimelineEvent, List<String>> idsOf) {
        String[] ids = new String[hierarchy.size()];
        Map<String, Integer> index = new HashMap<>();
        for (T node : hierarchy.all()) {
            ids[index.size()] = node.id();
            index.put(node.id(), index.size());
        }
        // Each node with the indexes of itself and its ancestors, worked out once per id.
        Map<String, int[]> paths = new HashMap<>();
        long[][] starts = new long[ids.length][];
        long[][] ends = new long[ids.length][];
        int[] sizes = new int[ids.length];
        int[] lastEvent = new int[ids.length];
        Arrays.fill(lastEvent, -1);
        int e = 0;
        for (TimelineEvent event : events) {
            for (String id : idsOf.apply(event)) {
                for (int node : paths.computeIfAbsent(id, i -> indexes(hierarchy.pathToRoot(i), index))) {
                    if (lastEvent[node] == e) {
                        continue; // already counted for this event through another of its ids
                    }
                    lastEvent[node] = e;
                    if (starts[node] == null || sizes[node] == starts[node].length) {
                        int capacity = starts[node] == null ? 8 : sizes[node] * 2;
                        starts[node] = starts[node] == null ? new long[capacity] : Arrays.copyOf(starts[node], capacity);
                        ends[node] = ends[node] == null ? new long[capacity] : Arrays.copyOf(ends[node], capacity);
                    }
                    starts[node][sizes[node]] = event.startMillis();
                    ends[node][sizes[node]] = event.endMillis();
                    sizes[node]++;
                }
            }
            e++;
        }
        for (int node = 0; node < ids.length; node++) {
            starts[node] = starts[node] == null ? NONE : Arrays.copyOf(starts[node], sizes[node]);
            ends[node] = ends[node] == null ? NONE : Arrays.copyOf(ends[node], sizes[node]);
            Arrays.sort(starts[node]);
            Arrays.sort(ends[node]);
        }
        return new WindowCounts(ids, starts, ends);
    }

    private static <T extends HierarchyNode> int[] indexes(List<T> path, Map<String, Integer> index) {
        return path.stream().mapToInt(node -> index.get(node.id())).toArray();
    }

    /**
     * The counts of the nodes with at least one event overlapping {@code window} (every event when it is
     * null), keyed by node id; nodes without are absent.
     */
    public Map<String, Integer> in(TimeWindow window) {
        Map<String, Integer> counts = new HashMap<>();
        for (int node = 0; node < ids.length; node++) {
            int n = starts[node].length;
            if (n > 0 && window != null) {
                // Those that start before the window ends, less those of them that end at or before it starts.
                n = SortedLongs.firstAtOrAbove(starts[node], window.endMillis())
                        - SortedLongs.firstAbove(ends[node], window.startMillis());
            }
            if (n > 0) {
                counts.put(ids[node], n);
            }
        }
        return counts;
    }
}
