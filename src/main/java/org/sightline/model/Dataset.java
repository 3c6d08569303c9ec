package org.sightline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable, validated dataset: events sorted by time, organisation and region hierarchies, eras.
 * Build one with {@link #builder(String)}.
 */
public final class Dataset {

    /** Time order: start, then the longer event first, then id, so the order is total and stable. */
    public static final Comparator<TimelineEvent> TIME_ORDER = Dataset::compareTime;

    /** {@link #TIME_ORDER} written out: cheaper than a chain of key extractors when sorting 100k events. */
    private static int compareTime(TimelineEvent a, TimelineEvent b) {
        int c = Long.compare(a.startMillis(), b.startMillis());
        if (c == 0) {
            c = Long.compare(b.endMillis(), a.endMillis());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    private final String title;
    private final String description;
    private final PartialDate dataAsOf;
    private final Hierarchy<Organisation> organisations;
    private final Hierarchy<Region> regions;
    private final List<TimelineEvent> events;
    /** Built on the first lookup by id, not on the load path. */
    private volatile Map<String, TimelineEvent> eventsById;
    private volatile int sourceCount = -1;
    private final List<Era> eras;
    private final List<Briefing> briefings;
    /** Worked out once: the timeline asks for it on every zoom, pan and frame. */
    private final Optional<TimeWindow> extent;

    private Dataset(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.dataAsOf = b.dataAsOf;
        this.organisations = new Hierarchy<>(b.organisations);
        this.regions = new Hierarchy<>(b.regions);
        this.events = Collections.unmodifiableList(TimeSort.sorted(b.events));
        List<Era> sortedEras = new ArrayList<>(b.eras);
        sortedEras.sort(Comparator.comparing(Era::start));
        this.eras = List.copyOf(sortedEras);
        this.briefings = List.copyOf(b.briefings);
        this.extent = computeExtent();
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    public String title() {
        return title;
    }

    /** May be empty, never null. */
    public String description() {
        return description;
    }

    /** The date the data was last checked, or null. */
    public PartialDate dataAsOf() {
        return dataAsOf;
    }

    public Hierarchy<Organisation> organisations() {
        return organisations;
    }

    public Hierarchy<Region> regions() {
        return regions;
    }

    /** All events in {@link #TIME_ORDER}. */
    public List<TimelineEvent> events() {
        return events;
    }

    public Optional<TimelineEvent> event(String id) {
        Map<String, TimelineEvent> byId = eventsById;
        if (byId == null) {
            synchronized (this) {
                byId = eventsById;
                if (byId == null) {
                    byId = new HashMap<>(events.size() * 2);
                    for (TimelineEvent e : events) {
                        byId.put(e.id(), e);
                    }
                    eventsById = byId;
                }
            }
        }
        return Optional.ofNullable(byId.get(id));
    }

    public List<Era> eras() {
        return eras;
    }

    /** The briefings stored in the dataset, in file order (may be empty). */
    public List<Briefing> briefings() {
        return briefings;
    }

    /** The first stored briefing, or the automatic one (every event in time order). */
    public Briefing defaultBriefing() {
        return briefings.isEmpty() ? Briefing.automatic(this) : briefings.get(0);
    }

    /** A copy of this dataset with other briefings (formats without briefings, tests). */
    public Dataset withBriefings(List<Briefing> values) {
        return builder(title).description(description).dataAsOf(dataAsOf)
                .organisations(List.copyOf(organisations.all())).regions(List.copyOf(regions.all()))
                .events(events).eras(eras).briefings(values).build();
    }

    /** Index of the event in {@link #events()}, or -1. */
    public int indexOf(TimelineEvent event) {
        int i = Collections.binarySearch(events, event, TIME_ORDER);
        return i >= 0 ? i : -1;
    }

    /** The time span covered by all events and eras, or empty when there are none. */
    public Optional<TimeWindow> extent() {
        return extent;
    }

    private Optional<TimeWindow> computeExtent() {
        Optional<TimeWindow> ofEvents = extentOf(events);
        long min = ofEvents.map(TimeWindow::startMillis).orElse(Long.MAX_VALUE);
        long max = ofEvents.map(TimeWindow::endMillis).orElse(Long.MIN_VALUE);
        for (Era era : eras) {
            min = Math.min(min, era.start().startMillis());
            max = Math.max(max, era.end().endMillis());
        }
        return min < max ? Optional.of(new TimeWindow(min, max)) : Optional.empty();
    }

    /** The span from the earliest start to the latest end of {@code events}; empty when there are none. */
    public static Optional<TimeWindow> extentOf(Collection<TimelineEvent> events) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (TimelineEvent e : events) {
            min = Math.min(min, e.startMillis());
            max = Math.max(max, e.endMillis());
        }
        return min < max ? Optional.of(new TimeWindow(min, max)) : Optional.empty();
    }

    /**
     * Number of distinct sources (by url, or by publisher and title when there is no url). Counted on first
     * use and remembered (the status bar asks whenever the filters or highlights change; at 100,000 events
     * the count takes tens of milliseconds).
     */
    public int sourceCount() {
        int n = sourceCount;
        if (n < 0) {
            n = distinctSources(events);
            sourceCount = n; // the same value from any thread that races here
        }
        return n;
    }

    /** Number of distinct sources cited by {@code events} (same rule as {@link #sourceCount()}). */
    public static int distinctSources(java.util.Collection<TimelineEvent> events) {
        Set<String> keys = new LinkedHashSet<>();
        for (TimelineEvent e : events) {
            for (Source s : e.sources()) {
                keys.add(s.url() != null ? s.url() : s.publisher() + "|" + s.title());
            }
        }
        return keys.size();
    }

    /** The organisation's own colour or the nearest ancestor's, as {@code #rrggbb}, or null. */
    public String colorOf(String organisationId) {
        for (Organisation o : organisations.pathToRoot(organisationId)) {
            if (o.color() != null) {
                return o.color();
            }
        }
        return null;
    }

    /** The short names (abbreviations) of an event's organisations, joined with commas: "CSO, MOD". */
    public String organisationShortNames(TimelineEvent event) {
        return event.organisationIds().stream()
                .map(id -> organisations.get(id).map(Organisation::shortName).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /** The organisation an event is coloured by: its first organisation, or null when it has none. */
    public String primaryOrganisationOf(TimelineEvent event) {
        return event.organisationIds().isEmpty() ? null : event.organisationIds().get(0);
    }

    /** Builder; add in any order, the dataset sorts events itself. */
    public static final class Builder {
        private final String title;
        private String description = "";
        private PartialDate dataAsOf;
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Region> regions = new ArrayList<>();
        private final List<TimelineEvent> events = new ArrayList<>();
        private final List<Era> eras = new ArrayList<>();
        private final List<Briefing> briefings = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        public Builder description(String value) {
            this.description = value == null ? "" : value;
            return this;
        }

        public Builder dataAsOf(PartialDate value) {
            this.dataAsOf = value;
            return this;
        }

        public Builder organisation(Organisation value) {
            organisations.add(value);
            return this;
        }

        public Builder organisations(List<Organisation> values) {
            organisations.addAll(values);
            return this;
        }

        public Builder region(Region value) {
            regions.add(value);
            return this;
        }

        public Builder regions(List<Region> values) {
            regions.addAll(values);
            return this;
        }

        public Builder event(TimelineEvent value) {
            events.add(value);
            return this;
        }

        public Builder events(List<TimelineEvent> values) {
            events.addAll(values);
            return this;
        }

        public Builder era(Era value) {
            eras.add(value);
            return this;
        }

        public Builder eras(List<Era> values) {
            eras.addAll(values);
            return this;
        }

        public Builder briefings(List<Briefing> values) {
            briefings.addAll(values);
            return this;
        }

        public Dataset build() {
            return new Dataset(this);
        }
    }
}
