package org.sightline.model;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that defines an exported snapshot, small enough to embed in the PNG and restore later: which
 * dataset (name, title and SHA-256 of its file bytes), the time range at its own precision, lane grouping,
 * filters, theme, pixel size and scale, title and subtitle (null means the default), what to include, the
 * lanes folded (collapsed) on screen, by lane id, the event the image is about (an export of the selected
 * event: drawn as selected; null for none), and the lane shown first when the lanes do not all fit (the lane the
 * window was scrolled to, by lane id; null for the first). The layout size is the pixel size divided by
 * {@code scale}.
 */
public record ViewSpec(DatasetRef dataset, DateRange range, LaneGrouping grouping, EventFilter filter,
                       String theme, int pixelWidth, int pixelHeight, double scale, String title,
                       String subtitle, boolean legend, boolean footer, boolean panels, Set<String> collapsedLanes,
                       String focusEvent, String firstLane) {

    /** Largest image side in pixels. */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;
    /** Smallest layout side: below this nothing useful fits. */
    public static final int MIN_LAYOUT_SIDE = 320;
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;
    /** Longest title or subtitle kept. */
    public static final int MAX_TEXT = 500;

    /** The dataset an image shows. {@code sha256} may be null when the bytes were not at hand. */
    public record DatasetRef(String name, String title, String sha256) {
        public DatasetRef {
            Objects.requireNonNull(name, "name");
            title = title == null ? "" : title;
        }
    }

    public ViewSpec {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(grouping, "grouping");
        filter = filter == null ? EventFilter.NONE : filter;
        Objects.requireNonNull(theme, "theme");
        String problem = sizeProblem(pixelWidth, pixelHeight, scale);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        title = blankToNull(title);
        subtitle = blankToNull(subtitle);
        collapsedLanes = collapsedLanes == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(collapsedLanes));
        focusEvent = focusEvent == null || focusEvent.isEmpty() ? null : focusEvent;
        firstLane = firstLane == null || firstLane.isEmpty() ? null : firstLane;
    }

    /** A view whose lanes start at the first. */
    public ViewSpec(DatasetRef dataset, DateRange range, LaneGrouping grouping, EventFilter filter, String theme,
                    int pixelWidth, int pixelHeight, double scale, String title, String subtitle, boolean legend,
                    boolean footer, boolean panels, Set<String> collapsedLanes, String focusEvent) {
        this(dataset, range, grouping, filter, theme, pixelWidth, pixelHeight, scale, title, subtitle, legend, footer,
                panels, collapsedLanes, focusEvent, null);
    }

    /** A view about no event in particular. */
    public ViewSpec(DatasetRef dataset, DateRange range, LaneGrouping grouping, EventFilter filter, String theme,
                    int pixelWidth, int pixelHeight, double scale, String title, String subtitle, boolean legend,
                    boolean footer, boolean panels, Set<String> collapsedLanes) {
        this(dataset, range, grouping, filter, theme, pixelWidth, pixelHeight, scale, title, subtitle, legend, footer,
                panels, collapsedLanes, null);
    }

    /** A view with no lanes folded. */
    public ViewSpec(DatasetRef dataset, DateRange range, LaneGrouping grouping, EventFilter filter, String theme,
                    int pixelWidth, int pixelHeight, double scale, String title, String subtitle, boolean legend,
                    boolean footer, boolean panels) {
        this(dataset, range, grouping, filter, theme, pixelWidth, pixelHeight, scale, title, subtitle, legend, footer,
                panels, Set.of());
    }

    /** The same view about the event with id {@code eventId} (null: none). */
    public ViewSpec withFocusEvent(String eventId) {
        return new ViewSpec(dataset, range, grouping, filter, theme, pixelWidth, pixelHeight, scale, title, subtitle,
                legend, footer, panels, collapsedLanes, eventId, firstLane);
    }

    /** The same view with its lanes starting at the lane with id {@code laneId} (null: the first). */
    public ViewSpec withFirstLane(String laneId) {
        return new ViewSpec(dataset, range, grouping, filter, theme, pixelWidth, pixelHeight, scale, title, subtitle,
                legend, footer, panels, collapsedLanes, focusEvent, laneId);
    }

    /** The same view with these lanes folded. */
    public ViewSpec withCollapsedLanes(Set<String> lanes) {
        return new ViewSpec(dataset, range, grouping, filter, theme, pixelWidth, pixelHeight, scale, title, subtitle,
                legend, footer, panels, lanes, focusEvent, firstLane);
    }

    /** Why this pixel size and scale cannot be exported, or null when they can. */
    public static String sizeProblem(int pixelWidth, int pixelHeight, double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            return "scale " + scale + " is not between " + MIN_SCALE + " and " + (int) MAX_SCALE;
        }
        if (pixelWidth < 1 || pixelHeight < 1 || pixelWidth > MAX_PIXELS_PER_SIDE || pixelHeight > MAX_PIXELS_PER_SIDE) {
            return "the image would be " + pixelWidth + "×" + pixelHeight + " pixels; each side must be between 1 and "
                    + MAX_PIXELS_PER_SIDE;
        }
        if (pixelWidth / scale < MIN_LAYOUT_SIDE - 0.5 || pixelHeight / scale < MIN_LAYOUT_SIDE - 0.5) {
            return "the layout size " + Math.round(pixelWidth / scale) + "×" + Math.round(pixelHeight / scale)
                    + " is too small; each side must be at least " + MIN_LAYOUT_SIDE;
        }
        return null;
    }

    public double layoutWidth() {
        return pixelWidth / scale;
    }

    public double layoutHeight() {
        return pixelHeight / scale;
    }

    public ViewSpec withSize(int width, int height, double newScale) {
        return new ViewSpec(dataset, range, grouping, filter, theme, width, height, newScale, title, subtitle,
                legend, footer, panels, collapsedLanes, focusEvent, firstLane);
    }

    private static String blankToNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }
}
