package org.sightline.controller;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.SetChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TextSearch;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * The one shared, observable state of the window: the dataset, what is selected, what is highlighted,
 * what is filtered and which time window is visible. Every view observes it and writes to it; no view
 * talks to another. Filtering hides events; selecting and highlighting only emphasise them.
 */
public final class ViewState {

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<String> datasetSource = new SimpleObjectProperty<>(this, "datasetSource");
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObservableSet<String> highlightedOrganisations = FXCollections.observableSet();
    private final ObservableSet<String> highlightedRegions = FXCollections.observableSet();
    private final ObservableSet<String> spotlightEvents = FXCollections.observableSet();
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<TimeWindow> visibleWindow = new SimpleObjectProperty<>(this, "visibleWindow");
    private final ObjectProperty<LaneGrouping> laneGrouping =
            new SimpleObjectProperty<>(this, "laneGrouping", LaneGrouping.ORGANISATION);
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();
    private final ObjectProperty<String> firstLane = new SimpleObjectProperty<>(this, "firstLane");
    private final ReadOnlyObjectWrapper<List<TimelineEvent>> filteredEvents =
            new ReadOnlyObjectWrapper<>(this, "filteredEvents", List.of());
    private final ObservableList<TimelineEvent> filteredEventList = FXCollections.observableArrayList();
    private final StringProperty highlightText = new SimpleStringProperty(this, "highlightText", "");
    private final ReadOnlyIntegerWrapper emphasisRevision = new ReadOnlyIntegerWrapper(this, "emphasisRevision");
    private boolean batchingHighlights;

    public ViewState() {
        SetChangeListener<String> highlightChanged = c -> {
            if (!batchingHighlights) {
                bumpEmphasis();
            }
        };
        highlightedOrganisations.addListener(highlightChanged);
        highlightedRegions.addListener(highlightChanged);
        spotlightEvents.addListener(highlightChanged);
        highlightText.addListener((obs, old, now) -> {
            if (now == null) {
                highlightText.set("");
            } else if (!batchingHighlights) {
                bumpEmphasis();
            }
        });
        dataset.addListener((obs, old, now) -> resetForNewDataset());
        laneGrouping.addListener((obs, old, now) -> firstLane.set(null));
        filter.addListener((obs, old, now) -> refilter());
        selectedEvent.addListener((obs, old, now) -> {
            if (now != null && !filteredEvents.get().contains(now)) {
                selectedEvent.set(null);
            }
        });
    }

    private void resetForNewDataset() {
        selectedEvent.set(null);
        spotlightEvents.clear();
        setHighlights(List.of(), List.of());
        highlightText.set("");
        collapsedLanes.clear();
        firstLane.set(null);
        filter.set(EventFilter.NONE);
        refilter();
        bumpEmphasis();
    }

    private void refilter() {
        Dataset d = dataset.get();
        List<TimelineEvent> out = d == null ? List.of() : filter.get().apply(d);
        filteredEvents.set(out);
        filteredEventList.setAll(out);
        TimelineEvent selected = selectedEvent.get();
        if (selected != null && !out.contains(selected)) {
            selectedEvent.set(null);
        }
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    /** Replaces the dataset and resets selection, highlights and filters. */
    public void setDataset(Dataset value, String source) {
        datasetSource.set(source);
        if (dataset.get() == value) {
            dataset.set(null); // a reload of the same object: observers must still see a new dataset
        }
        dataset.set(value);
    }

    /** Where the dataset came from (a file path or the bundled name). */
    public ObjectProperty<String> datasetSourceProperty() {
        return datasetSource;
    }

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(TimelineEvent value) {
        selectedEvent.set(value);
    }

    public ObservableSet<String> getHighlightedOrganisations() {
        return highlightedOrganisations;
    }

    public ObservableSet<String> getHighlightedRegions() {
        return highlightedRegions;
    }

    /**
     * Event ids in the spotlight (a briefing step's event). While not empty, only these events stand out
     * on the timeline, whatever is highlighted; the highlights still drive the panels.
     */
    public ObservableSet<String> getSpotlightEvents() {
        return spotlightEvents;
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    public void setFilter(EventFilter value) {
        filter.set(value == null ? EventFilter.NONE : value);
    }

    public ObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow;
    }

    public TimeWindow getVisibleWindow() {
        return visibleWindow.get();
    }

    public void setVisibleWindow(TimeWindow value) {
        visibleWindow.set(value);
    }

    /** How the timeline groups events into lanes. */
    public ObjectProperty<LaneGrouping> laneGroupingProperty() {
        return laneGrouping;
    }

    public LaneGrouping getLaneGrouping() {
        return laneGrouping.get();
    }

    public void setLaneGrouping(LaneGrouping value) {
        laneGrouping.set(value == null ? LaneGrouping.ORGANISATION : value);
    }

    /**
     * The id of the lane the timeline shows first when its lanes do not all fit (where they are scrolled to;
     * null for the first lane). The timeline keeps it current as it scrolls, and scrolls to it when it is set;
     * exports start their lanes there. A new dataset or grouping resets it.
     */
    public ObjectProperty<String> firstLaneProperty() {
        return firstLane;
    }

    public String getFirstLane() {
        return firstLane.get();
    }

    public void setFirstLane(String laneId) {
        firstLane.set(laneId == null || laneId.isEmpty() ? null : laneId);
    }

    /** Ids of collapsed lanes (organisation or region ids); their descendants roll up into them. */
    public ObservableSet<String> getCollapsedLanes() {
        return collapsedLanes;
    }

    /**
     * Which events stand out: the spotlight events when there are any (a briefing step); with no highlight, every event; otherwise the events of a highlighted
     * organisation (or one below it) or in a highlighted region (or a place inside it), and when a
     * highlight text is set, only those that also match it. Others are dimmed.
     */
    public Predicate<TimelineEvent> emphasis() {
        Dataset d = dataset.get();
        if (!spotlightEvents.isEmpty()) {
            Set<String> ids = Set.copyOf(spotlightEvents);
            return e -> ids.contains(e.id());
        }
        boolean byNode = !highlightedOrganisations.isEmpty() || !highlightedRegions.isEmpty();
        TextSearch.Query query = TextSearch.Query.of(highlightText.get());
        if (d == null || !byNode && query.isEmpty()) {
            return e -> true;
        }
        Set<String> orgs = d.organisations().withDescendants(highlightedOrganisations);
        Set<String> regions = d.regions().withDescendants(highlightedRegions);
        Predicate<TimelineEvent> nodes = !byNode ? e -> true
                : e -> e.organisationIds().stream().anyMatch(orgs::contains)
                        || e.regionIds().stream().anyMatch(regions::contains);
        return query.isEmpty() ? nodes : e -> nodes.test(e) && query.matches(e, d);
    }

    /** True when something is highlighted, so that {@link #emphasis()} dims some events. */
    public boolean hasHighlight() {
        return !highlightedOrganisations.isEmpty() || !highlightedRegions.isEmpty()
                || !highlightText.get().isBlank();
    }

    /**
     * Replaces the highlighted organisations and regions in one step: {@link #emphasisRevisionProperty()}
     * changes once, however many ids change.
     */
    public void setHighlights(Collection<String> organisationIds, Collection<String> regionIds) {
        if (Set.copyOf(organisationIds).equals(highlightedOrganisations)
                && Set.copyOf(regionIds).equals(highlightedRegions)) {
            return;
        }
        batchingHighlights = true;
        try {
            highlightedOrganisations.retainAll(organisationIds);
            highlightedOrganisations.addAll(organisationIds);
            highlightedRegions.retainAll(regionIds);
            highlightedRegions.addAll(regionIds);
        } finally {
            batchingHighlights = false;
        }
        bumpEmphasis();
    }

    /** Highlights one organisation and nothing else (a chip or a tree click). */
    public void highlightOrganisation(String id) {
        setHighlights(List.of(id), List.of());
    }

    /** Highlights one region or place and nothing else (a chip, a map or tree click). */
    public void highlightRegion(String id) {
        setHighlights(List.of(), List.of(id));
    }

    /**
     * Search text that highlights rather than filters: events that do not match it are dimmed. Combined
     * with organisation and region highlights, an event must match both to stand out.
     */
    public StringProperty highlightTextProperty() {
        return highlightText;
    }

    public String getHighlightText() {
        return highlightText.get();
    }

    public void setHighlightText(String value) {
        highlightText.set(value == null ? "" : value);
    }

    /**
     * Changes whenever {@link #emphasis()} may give a different answer (highlights, highlight text or the
     * dataset), once per change: observe it to redraw emphasis instead of observing each set.
     */
    public ReadOnlyIntegerProperty emphasisRevisionProperty() {
        return emphasisRevision.getReadOnlyProperty();
    }

    private void bumpEmphasis() {
        emphasisRevision.set(emphasisRevision.get() + 1);
    }

    /** The events that pass the filter, in time order; replaced as a whole on every change. */
    public ReadOnlyObjectProperty<List<TimelineEvent>> filteredEventsProperty() {
        return filteredEvents.getReadOnlyProperty();
    }

    public List<TimelineEvent> getFilteredEvents() {
        return filteredEvents.get();
    }

    /** The same events as an observable list, for tables. */
    public ObservableList<TimelineEvent> filteredEventList() {
        return filteredEventList;
    }

    /** True when anything is filtered or highlighted. */
    public boolean isNarrowed() {
        return !filter.get().isEmpty() || hasHighlight();
    }

    /** Clears filters and highlights in one step (the status bar's reset). */
    public void resetFiltersAndHighlights() {
        batchingHighlights = true;
        try {
            highlightedOrganisations.clear();
            highlightedRegions.clear();
            highlightText.set("");
        } finally {
            batchingHighlights = false;
        }
        bumpEmphasis();
        filter.set(EventFilter.NONE);
    }

    /** Selects the event that follows (+1) or precedes (-1) the selection among the filtered events. */
    public void stepSelection(int direction) {
        List<TimelineEvent> events = filteredEvents.get();
        if (events.isEmpty()) {
            return;
        }
        TimelineEvent current = selectedEvent.get();
        int index = current == null ? -1 : events.indexOf(current);
        int next;
        if (index < 0) {
            next = direction > 0 ? 0 : events.size() - 1;
        } else {
            next = Math.max(0, Math.min(events.size() - 1, index + direction));
        }
        selectedEvent.set(events.get(next));
    }
}
