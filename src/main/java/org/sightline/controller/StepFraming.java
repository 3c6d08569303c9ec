package org.sightline.controller;

import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Adjusts the window a briefing step shows around its event before it is shown. The timeline supplies one
 * that moves the window so the event's whole label fits at the size and type it is drawn in; the
 * controller itself knows no pixels.
 */
@FunctionalInterface
public interface StepFraming {

    /** Shows every step's window as the step gives it. */
    StepFraming AS_GIVEN = (event, window) -> window;

    /** The window to show for a step about {@code event} whose own window is {@code window}. */
    TimeWindow frame(TimelineEvent event, TimeWindow window);
}
