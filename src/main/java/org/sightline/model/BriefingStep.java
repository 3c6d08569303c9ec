package org.sightline.model;

import java.util.List;

/**
 * One step of a briefing: an event to emphasise and/or a time window to show, what to highlight, and the
 * caption shown on screen (with optional speaker notes). {@code eventId} may be null when {@code from}
 * and {@code to} are given, and the other way round.
 */
public record BriefingStep(String eventId, PartialDate from, PartialDate to, List<String> highlightOrganisations,
                           List<String> highlightRegions, String caption, String notes) {

    /** Share of the event's span added on each side when a step shows an event without its own window. */
    static final double EVENT_MARGIN = 0.5;
    /**
     * The span a step's window is built from when its event is shorter: about four months (twice that with the
     * margins), so its neighbours are seen.
     */
    static final long MIN_EVENT_WINDOW = 120 * TimeWindow.DAY;
    /**
     * Where the middle of a step's event sits across its window: left of the centre, because its label runs on
     * to the right of its marker. Centred, a long title in presenting type was cut at the right edge on a
     * 1280×720 projector.
     */
    static final double EVENT_POSITION = 0.35;

    public BriefingStep {
        highlightOrganisations = List.copyOf(highlightOrganisations);
        highlightRegions = List.copyOf(highlightRegions);
        caption = caption == null ? "" : caption;
    }

    /** True when the step gives its own from–to window, rather than one made around its event. */
    public boolean hasOwnWindow() {
        return from != null && to != null;
    }

    /**
     * The window this step shows: its own from–to, or a window around its event (its span, or at least {@link
     * #MIN_EVENT_WINDOW}, with {@link #EVENT_MARGIN} of that on each side on average), the event's middle at
     * {@link #EVENT_POSITION} of the way across.
     */
    public TimeWindow window(Dataset dataset) {
        if (hasOwnWindow()) {
            return new TimeWindow(from.startMillis(), to.endMillis());
        }
        TimelineEvent e = dataset.event(eventId).orElseThrow(() -> new IllegalStateException("no event " + eventId));
        return TimeWindow.around(e.startMillis(), e.endMillis(), EVENT_MARGIN, MIN_EVENT_WINDOW, EVENT_POSITION);
    }
}
