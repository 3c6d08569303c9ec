package org.sightline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which events are shown. Empty sets mean "no restriction". Organisation and region filters include
 * everything below the chosen nodes, so filtering by USSF keeps the events of its components.
 */
public record EventFilter(Set<String> organisationIds, Set<String> regionIds, Set<EventStatus> statuses,
                          Set<String> tags, String text) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), "");

    public EventFilter {
        organisationIds = Set.copyOf(organisationIds);
        regionIds = Set.copyOf(regionIds);
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        tags = Set.copyOf(tags);
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return organisationIds.isEmpty() && regionIds.isEmpty() && statuses.isEmpty() && tags.isEmpty()
                && text.isEmpty();
    }

    public EventFilter withOrganisations(Collection<String> ids) {
        return new EventFilter(Set.copyOf(ids), regionIds, statuses, tags, text);
    }

    public EventFilter withRegions(Collection<String> ids) {
        return new EventFilter(organisationIds, Set.copyOf(ids), statuses, tags, text);
    }

    public EventFilter withStatuses(Collection<EventStatus> values) {
        return new EventFilter(organisationIds, regionIds, Set.copyOf(values), tags, text);
    }

    public EventFilter withTags(Collection<String> values) {
        return new EventFilter(organisationIds, regionIds, statuses, Set.copyOf(values), text);
    }

    public EventFilter withText(String value) {
        return new EventFilter(organisationIds, regionIds, statuses, tags, value);
    }

    /** The dataset's events that pass this filter, in time order (the dataset's own list when nothing is filtered). */
    public List<TimelineEvent> apply(Dataset dataset) {
        if (isEmpty()) {
            return dataset.events();
        }
        Matcher m = matcher(dataset);
        List<TimelineEvent> out = new ArrayList<>();
        for (TimelineEvent e : dataset.events()) {
            if (m.test(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** A predicate bound to one dataset, with the hierarchies expanded once. */
    public Matcher matcher(Dataset dataset) {
        return new Matcher(this, dataset);
    }

    /** Tests events against a filter for one dataset. */
    public static final class Matcher {
        private final EventFilter filter;
        private final Dataset dataset;
        private final Set<String> organisations;
        private final Set<String> regions;
        private final TextSearch.Query query;

        private Matcher(EventFilter filter, Dataset dataset) {
            this.filter = filter;
            this.dataset = Objects.requireNonNull(dataset);
            this.organisations = dataset.organisations().withDescendants(filter.organisationIds());
            this.regions = dataset.regions().withDescendants(filter.regionIds());
            this.query = TextSearch.Query.of(filter.text());
        }

        public boolean test(TimelineEvent e) {
            if (!organisations.isEmpty() && !intersects(e.organisationIds(), organisations)) {
                return false;
            }
            if (!regions.isEmpty() && !intersects(e.regionIds(), regions)) {
                return false;
            }
            if (!filter.statuses().isEmpty() && !filter.statuses().contains(e.status())) {
                return false;
            }
            if (!filter.tags().isEmpty() && !intersects(e.tags(), filter.tags())) {
                return false;
            }
            return query.matches(e, dataset);
        }

        private static boolean intersects(Collection<String> values, Set<String> wanted) {
            for (String v : values) {
                if (wanted.contains(v)) {
                    return true;
                }
            }
            return false;
        }
    }
}
