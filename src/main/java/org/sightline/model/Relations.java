package org.sightline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The links between events, organisations and regions that the linked panels follow. */
public final class Relations {

    private Relations() {
    }

    /** Events of the organisation or of any organisation below it, in the given order. */
    public static List<TimelineEvent> eventsOfOrganisation(Dataset dataset, Collection<TimelineEvent> events,
                                                           String organisationId) {
        Set<String> ids = dataset.organisations().withDescendants(List.of(organisationId));
        return select(events, e -> e.organisationIds().stream().anyMatch(ids::contains));
    }

    /** Events in the region or in any region or place inside it, in the given order. */
    public static List<TimelineEvent> eventsInRegion(Dataset dataset, Collection<TimelineEvent> events,
                                                     String regionId) {
        Set<String> ids = dataset.regions().withDescendants(List.of(regionId));
        return select(events, e -> e.regionIds().stream().anyMatch(ids::contains));
    }

    /** The organisations an event names, with every organisation above them (for tree marks). */
    public static Set<String> organisationsOf(Dataset dataset, TimelineEvent event) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : event.organisationIds()) {
            dataset.organisations().pathToRoot(id).forEach(o -> out.add(o.id()));
        }
        return out;
    }

    /** The regions and places an event names, with every region that contains them. */
    public static Set<String> regionsOf(Dataset dataset, TimelineEvent event) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : event.regionIds()) {
            dataset.regions().pathToRoot(id).forEach(r -> out.add(r.id()));
        }
        return out;
    }

    /**
     * The regions that light up on the map: where the emphasised events took place (with the regions
     * that contain those places). Empty when {@code emphasised} is null, meaning nothing is highlighted.
     */
    public static Set<String> litRegions(Dataset dataset, Collection<TimelineEvent> events,
                                         Predicate<TimelineEvent> emphasised) {
        Set<String> out = new LinkedHashSet<>();
        if (emphasised == null) {
            return out;
        }
        for (TimelineEvent e : events) {
            if (emphasised.test(e)) {
                out.addAll(regionsOf(dataset, e));
            }
        }
        return out;
    }

    /** The event before ({@code -1}) or after ({@code +1}) {@code event} in {@code events}, or null. */
    public static TimelineEvent neighbour(List<TimelineEvent> events, TimelineEvent event, int direction) {
        int i = events.indexOf(event);
        int j = i + Integer.signum(direction);
        return i < 0 || j < 0 || j >= events.size() ? null : events.get(j);
    }

    /**
     * Up to {@code limit} events among {@code events} that share an organisation with {@code event}, the
     * closest in time first, then in time order.
     */
    public static List<TimelineEvent> sharingOrganisation(Collection<TimelineEvent> events, TimelineEvent event,
                                                          int limit) {
        List<TimelineEvent> related = select(events, e -> !e.id().equals(event.id())
                && e.organisationIds().stream().anyMatch(event.organisationIds()::contains));
        related.sort(java.util.Comparator.comparingLong((TimelineEvent e) -> Math.abs(e.startMillis()
                - event.startMillis())).thenComparing(Dataset.TIME_ORDER));
        List<TimelineEvent> nearest = new ArrayList<>(related.subList(0, Math.min(limit, related.size())));
        nearest.sort(Dataset.TIME_ORDER);
        return nearest;
    }

    private static List<TimelineEvent> select(Collection<TimelineEvent> events, Predicate<TimelineEvent> test) {
        List<TimelineEvent> out = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (test.test(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
