package org.sightline.view.timeline;

import java.util.List;
import org.sightline.model.Dataset;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * The pure arithmetic of moving around the timeline, with limits on both ends: never narrower than
 * {@link #MIN_DURATION} nor wider than a few times the data, and never panned so far that the data
 * leaves the view entirely.
 */
public final class Navigator {

    /** The narrowest window: ten minutes. */
    public static final long MIN_DURATION = 10 * TimeWindow.MINUTE;
    /** The widest window ever allowed: two thousand years. */
    public static final long MAX_DURATION_CAP = 2000 * TimeWindow.YEAR;
    /** One key press or button zooms by this factor. */
    public static final double STEP = 1.5;

    private final TimeWindow extent;

    /** {@code extent} is the span of the data (null when there is none). */
    public Navigator(TimeWindow extent) {
        this.extent = extent == null ? new TimeWindow(0, TimeWindow.YEAR) : extent;
    }

    /** The navigator for {@code dataset}'s events and eras (a year's placeholder for none). */
    public static Navigator of(Dataset dataset) {
        return new Navigator(dataset == null ? null : dataset.extent().orElse(null));
    }

    /**
     * What zoom to fit shows of {@code dataset} when {@code shown} are the events on view: all of the data, or,
     * when a filter leaves only some events, those (all of the data again when it leaves none).
     */
    public static TimeWindow fitShown(Dataset dataset, List<TimelineEvent> shown) {
        Navigator navigator = of(dataset);
        if (shown.isEmpty() || shown.size() >= dataset.events().size()) {
            return navigator.fit();
        }
        return navigator.fitTo(Dataset.extentOf(shown).orElseThrow());
    }

    public TimeWindow extent() {
        return extent;
    }

    /**
     * The widest window: four times the data's span (ten years at least), at most {@link #MAX_DURATION_CAP},
     * but never narrower than what fits the whole data (twenty-five centuries from Marathon to today must fit).
     */
    public long maxDuration() {
        return Math.max(framed(extent).duration(),
                Math.min(MAX_DURATION_CAP, Math.max(10 * TimeWindow.YEAR, extent.duration() * 4)));
    }

    /**
     * The whole data with a margin before it and room for labels after it; the margins are those of an hour
     * at least, so minute-level data (an incident log) fills the view instead of a sliver of a day.
     */
    public TimeWindow fit() {
        return clamp(framed(extent));
    }

    /**
     * Zoom to fit for part of the data (the events a filter shows, an organisation's events): {@link #fit()}'s
     * margins round {@code shown}, and at least four days (two hours for events known to the minute) so that a
     * single event is not stretched across the view.
     */
    public TimeWindow fitTo(TimeWindow shown) {
        TimeWindow framed = framed(shown);
        long least = leastFit(shown);
        return clamp(framed.duration() >= least ? framed
                : TimeWindow.around(shown.startMillis(), shown.endMillis(), 0, least));
    }

    /** The least that fitting part of the data shows: four days, or two hours round events known to the minute. */
    public static long leastFit(TimeWindow shown) {
        return shown.duration() < DAY_EVENT ? 2 * MIN_FIT : 4 * TimeWindow.DAY;
    }

    private static TimeWindow framed(TimeWindow span) {
        // Labels run to the right of their markers, so the last events need room on the right to be read.
        long length = Math.max(MIN_FIT, span.duration());
        return new TimeWindow(span.startMillis() - Math.round(length * FIT_MARGIN_BEFORE),
                span.endMillis() + Math.round(length * FIT_MARGIN_AFTER));
    }

    /** Events shorter than this are timed events (to the minute or hour), not day events. */
    private static final long DAY_EVENT = 12 * 60 * TimeWindow.MINUTE;

    /** The shortest span whose margins fitting uses: data within a few minutes still reads as minutes. */
    public static final long MIN_FIT = 60 * TimeWindow.MINUTE;

    /** Share of the data's span left free before the first event when fitting. */
    static final double FIT_MARGIN_BEFORE = 0.03;
    /** Share left free after the last event: room for its label. */
    static final double FIT_MARGIN_AFTER = 0.18;

    /** Zooms by {@code factor} (below 1 zooms in) keeping {@code anchorMillis} at the same place. */
    public TimeWindow zoom(TimeWindow window, double factor, double anchorMillis) {
        return clamp(window.zoom(factor, anchorMillis, MIN_DURATION, maxDuration()));
    }

    /** Pans by a fraction of the window's width (positive moves later). */
    public TimeWindow pan(TimeWindow window, double fraction) {
        return clamp(window.pan(Math.round(window.duration() * fraction)));
    }

    /** Pans by a number of milliseconds (positive moves later). */
    public TimeWindow panMillis(TimeWindow window, long millis) {
        return clamp(window.pan(millis));
    }

    /** A window around [start, end) with a margin, for zooming to a selection or a cluster. */
    public TimeWindow around(long start, long end) {
        return around(start, end, 4 * TimeWindow.DAY);
    }

    /** A window around [start, end) with a margin, at least {@code minDuration} wide. */
    public TimeWindow around(long start, long end, long minDuration) {
        return clamp(TimeWindow.around(start, end, 0.15, minDuration));
    }

    /**
     * The window "zoom to selection" shows for one event: the event with its neighbours in sight, about
     * forty times its own length (a day event shows some six weeks), at most four months for short events.
     */
    public TimeWindow aroundEvent(long start, long end) {
        long length = Math.max(1, end - start);
        // An event known to the minute shows its hour, not four days in which it is a dot.
        long least = length < DAY_EVENT ? 2 * MIN_FIT : 4 * TimeWindow.DAY;
        long wanted = Math.max(least, Math.min(40 * length, 120 * TimeWindow.DAY));
        return around(start, end, wanted);
    }

    /** Keeps the duration within limits and at least a tenth of the window over the data. */
    public TimeWindow clamp(TimeWindow w) {
        long duration = Math.max(MIN_DURATION, Math.min(maxDuration(), w.duration()));
        long start = w.startMillis() + (w.duration() - duration) / 2;
        long keep = duration / 10;
        long minStart = extent.startMillis() - duration + keep;
        long maxStart = extent.endMillis() - keep;
        start = Math.max(minStart, Math.min(maxStart, start));
        return new TimeWindow(start, start + duration);
    }
}
