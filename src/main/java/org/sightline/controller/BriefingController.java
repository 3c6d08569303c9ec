package org.sightline.controller;

import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sightline.model.Briefing;
import org.sightline.model.BriefingNavigator;
import org.sightline.model.BriefingStep;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Steps through a briefing by writing the shared {@link ViewState}: each step sets the visible window,
 * selects and spotlights its event and highlights its organisations and regions, so the timeline and
 * every panel follow without knowing about briefings. Leaving restores the state as it was.
 */
public final class BriefingController {

    private final ViewState state;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>(this, "briefing");
    private final ReadOnlyObjectWrapper<BriefingStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private BriefingNavigator navigator;
    private Saved saved;
    private StepFraming framing = StepFraming.AS_GIVEN;
    /** The window the current step was shown with, to tell whether the user has moved it since. */
    private TimeWindow shown;

    /** What presenting changes, kept to be put back on leaving. */
    private record Saved(EventFilter filter, Set<String> organisations, Set<String> regions, Set<String> spotlight,
                         TimelineEvent selected, TimeWindow window) {
    }

    public BriefingController(ViewState state) {
        this.state = state;
        state.datasetProperty().addListener((obs, old, now) -> {
            if (isPresenting()) {
                stop();
            }
        });
    }

    /** Starts presenting {@code value} from its first step. */
    public void start(Briefing value) {
        if (value.steps().isEmpty() || state.getDataset() == null) {
            return;
        }
        if (!isPresenting()) {
            saved = new Saved(state.getFilter(), Set.copyOf(state.getHighlightedOrganisations()),
                    Set.copyOf(state.getHighlightedRegions()), Set.copyOf(state.getSpotlightEvents()),
                    state.getSelectedEvent(), state.getVisibleWindow());
        }
        navigator = new BriefingNavigator(value);
        briefing.set(value);
        state.setFilter(EventFilter.NONE);
        presenting.set(true);
        apply();
    }

    /** Leaves the briefing and restores filters, highlights, selection and window as they were. */
    public void stop() {
        if (!isPresenting()) {
            return;
        }
        presenting.set(false);
        navigator = null;
        shown = null;
        step.set(null);
        stepIndex.set(-1);
        Saved s = saved;
        saved = null;
        if (s != null && state.getDataset() != null) {
            state.setFilter(s.filter());
            state.getSpotlightEvents().clear();
            state.getSpotlightEvents().addAll(s.spotlight());
            state.setHighlights(s.organisations(), s.regions());
            state.setSelectedEvent(s.selected());
            if (s.window() != null) {
                state.setVisibleWindow(s.window());
            }
        }
    }

    /**
     * Sets how a step's window around its event is adjusted before it is shown (a step with its own from–to
     * window is shown as its author gave it).
     */
    public void setFraming(StepFraming value) {
        framing = value == null ? StepFraming.AS_GIVEN : value;
    }

    /**
     * Frames the current step again, for example once the screen has taken presenting size and type, unless the
     * user has zoomed or panned away from it since. True when the window changed.
     */
    public boolean reframe() {
        if (!isPresenting() || shown == null || !shown.equals(state.getVisibleWindow())) {
            return false;
        }
        BriefingStep current = navigator.current();
        TimeWindow window = windowFor(current, eventOf(current));
        if (window.equals(shown)) {
            return false;
        }
        shown = window;
        state.setVisibleWindow(window);
        return true;
    }

    public boolean next() {
        return isPresenting() && navigator.next() && apply();
    }

    public boolean previous() {
        return isPresenting() && navigator.previous() && apply();
    }

    public boolean first() {
        return isPresenting() && navigator.first() && apply();
    }

    public boolean last() {
        return isPresenting() && navigator.last() && apply();
    }

    /** Jumps to a one-based step number; false when there is no such step. */
    public boolean jumpTo(int stepNumber) {
        return isPresenting() && navigator.jumpTo(stepNumber) && apply();
    }

    private boolean apply() {
        BriefingStep current = navigator.current();
        TimelineEvent event = eventOf(current);
        state.getSpotlightEvents().clear();
        if (event != null) {
            state.getSpotlightEvents().add(event.id());
        }
        state.setHighlights(current.highlightOrganisations(), current.highlightRegions());
        shown = windowFor(current, event);
        state.setVisibleWindow(shown); // first, so the selection is already in view
        state.setSelectedEvent(event);
        stepIndex.set(navigator.index());
        step.set(current);
        return true;
    }

    private TimelineEvent eventOf(BriefingStep step) {
        return step.eventId() == null ? null : state.getDataset().event(step.eventId()).orElse(null);
    }

    private TimeWindow windowFor(BriefingStep current, TimelineEvent event) {
        TimeWindow window = current.window(state.getDataset());
        return event == null || current.hasOwnWindow() ? window : framing.frame(event, window);
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public ReadOnlyObjectProperty<Briefing> briefingProperty() {
        return briefing.getReadOnlyProperty();
    }

    /** The current step, or null when not presenting. */
    public ReadOnlyObjectProperty<BriefingStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Zero-based index of the current step, -1 when not presenting. */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    /** "3 / 10", or empty when not presenting. */
    public String progress() {
        return navigator == null ? "" : navigator.progress();
    }

    /**
     * What the caption card says of the current step besides its caption: its event's date at the event's own
     * precision and its status ("25 Sep 2023 · Proposed"), or the dates of a step that names a window only;
     * empty when not presenting.
     */
    public String stepDetail(Locale locale) {
        BriefingStep current = step.get();
        Dataset dataset = state.getDataset();
        if (current == null || dataset == null) {
            return "";
        }
        TimelineEvent event = current.eventId() == null ? null : dataset.event(current.eventId()).orElse(null);
        return event == null ? DateRange.covering(current.window(dataset)).label(locale)
                : event.dateAndStatus(locale);
    }

    /** The step after the current one, or null at the end (for speaker notes). */
    public BriefingStep upcoming() {
        if (navigator == null || navigator.index() + 1 >= navigator.size()) {
            return null;
        }
        return navigator.briefing().steps().get(navigator.index() + 1);
    }
}
