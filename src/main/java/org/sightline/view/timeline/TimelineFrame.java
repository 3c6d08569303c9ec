package org.sightline.view.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.sightline.model.Dataset;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Everything one drawing of the timeline needs, as an immutable value: the window draws it on screen,
 * PNG export and briefing slides draw it offscreen at any size with the same renderer.
 *
 * @param events    the events to draw (already filtered), in time order
 * @param emphasis  which events stand out; the others are drawn dimmed
 * @param nowMillis where the "today" line goes (injected so exports and tests are reproducible)
 */
public record TimelineFrame(Dataset dataset, List<TimelineEvent> events, TimeWindow window,
                            LaneGrouping grouping, Set<String> collapsedLanes, TimelineEvent selected,
                            Predicate<TimelineEvent> emphasis, TimelineStyle style, Locale locale,
                            long nowMillis) {
    public TimelineFrame {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(grouping, "grouping");
        collapsedLanes = Set.copyOf(collapsedLanes);
        emphasis = emphasis == null ? e -> true : emphasis;
        Objects.requireNonNull(style, "style");
        locale = locale == null ? Locale.getDefault() : locale;
    }
}
