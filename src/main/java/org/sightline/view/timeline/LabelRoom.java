package org.sightline.view.timeline;

import org.sightline.model.TimeWindow;

/**
 * Where a window must lie for an event's label, which runs right from the event's start, to end inside the
 * plot: the same window moved later (the event further left), never so far that the event leaves the left
 * {@link #MIN_POSITION} of the plot.
 */
final class LabelRoom {

    /** The event is never moved left of this share of the plot's width. */
    static final double MIN_POSITION = 0.05;

    private LabelRoom() {
    }

    /**
     * {@code window}, or a window as wide moved later, so that {@code reach} pixels from {@code startMillis}
     * (the event's shape, the gap and its whole label) plus {@code margin} end inside a plot {@code plotWidth}
     * pixels wide. A window that does not show the event's start, or where the label fits, is returned as it is.
     */
    static TimeWindow keepingLabelInView(long startMillis, double reach, double margin, TimeWindow window,
                                         double plotWidth) {
        double duration = window.duration();
        if (plotWidth <= 0 || startMillis < window.startMillis() || startMillis > window.endMillis()) {
            return window;
        }
        double x = (startMillis - window.startMillis()) / duration * plotWidth;
        double wanted = Math.max(MIN_POSITION * plotWidth, plotWidth - reach - margin);
        if (x + reach + margin <= plotWidth || wanted >= x) {
            return window;
        }
        return window.pan(Math.round((x - wanted) / plotWidth * duration));
    }
}
