package org.sightline.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How many events each node of an organisation or region tree has at or below it. An event counts once
 * per node even when it names several of the node's descendants. A time window, when given, acts as a
 * further filter: only events that overlap it count. This is the plain pass over every event, the
 * definition; the panels, which ask again for every frame of a zoom, use {@link WindowCounts}, which
 * answers the same from an index (and is tested against this).
 */
public final class EventCounts {

    private EventCounts() {
    }

    /** Counts for every node with at least one event; nodes without events are absent. */
    public static <T extends HierarchyNode> Map<String, Integer> perNode(Hierarchy<T> hierarchy,
            Collection<TimelineEvent> events, Function<TimelineEvent, List<String>> idsOf, TimeWindow window) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> counted = new HashSet<>();
        for (TimelineEvent e : events) {
            if (window != null && !window.intersects(e.startMillis(), e.endMillis())) {
                continue;
            }
            counted.clear();
            for (String id : idsOf.apply(e)) {
                for (T node : hierarchy.pathToRoot(id)) {
                    if (counted.add(node.id())) {
                        counts.merge(node.id(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    public static Map<String, Integer> perOrganisation(Dataset dataset, Collection<TimelineEvent> events,
                                                       TimeWindow window) {
        return perNode(dataset.organisations(), events, TimelineEvent::organisationIds, window);
    }

    public static Map<String, Integer> perRegion(Dataset dataset, Collection<TimelineEvent> events,
                                                 TimeWindow window) {
        return perNode(dataset.regions(), events, TimelineEvent::regionIds, window);
    }
}
