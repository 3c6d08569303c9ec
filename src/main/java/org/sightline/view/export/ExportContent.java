package org.sightline.view.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.model.ViewSpec;
import org.sightline.view.timeline.Navigator;
import org.sightline.view.timeline.TimelineFrame;
import org.sightline.view.timeline.TimelineStyle;

/**
 * What one snapshot shows, resolved from a dataset and a {@link ViewSpec}: the filtered events, the
 * theme, the default title and subtitle, and the timeline frame handed to the renderer.
 *
 * @param events    events passing the filter, in time order (the renderer culls to the window)
 * @param shown     of those, the ones inside the time range: what the legend and footer describe
 * @param nowMillis where the renderer puts "today"
 * @param slide     a briefing step shown on this image, or null for a plain snapshot
 */
public record ExportContent(Dataset dataset, ViewSpec spec, TimelineStyle style, List<TimelineEvent> events,
                            List<TimelineEvent> shown, Locale locale, long nowMillis, Slide slide) {

    /**
     * A briefing step drawn as a slide: its caption in a card, a line naming its event, the progress
     * ("3 / 12"), the exact window it shows, its event spotlighted and its organisations and regions
     * highlighted.
     *
     * @param event         the step's event, or null for a step that only shows a window
     * @param organisations highlighted organisation ids (the panels mark them and what is below them)
     */
    public record Slide(String caption, String detail, String progress, TimeWindow window, TimelineEvent event,
                        Set<String> organisations, Set<String> regions) {
        public Slide {
            caption = caption == null ? "" : caption.strip();
            detail = detail == null ? "" : detail;
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(window, "window");
            organisations = Set.copyOf(organisations);
            regions = Set.copyOf(regions);
        }
    }

    public ExportContent {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(style, "style");
        events = List.copyOf(events);
        shown = List.copyOf(shown);
        locale = locale == null ? Locale.getDefault() : locale;
    }

    /** Filters the dataset's events as the spec says; the theme must be light, dark or print. */
    public static ExportContent of(Dataset dataset, ViewSpec spec, Locale locale, long nowMillis) {
        TimelineStyle style = TimelineStyle.named(spec.theme())
                .orElseThrow(() -> new IllegalArgumentException("unknown theme " + spec.theme()));
        List<TimelineEvent> events = spec.filter().apply(dataset);
        TimeWindow window = spec.range().window();
        List<TimelineEvent> shown = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (window.intersects(e.startMillis(), e.endMillis())) {
                shown.add(e);
            }
        }
        return new ExportContent(dataset, spec, style, events, shown, locale, nowMillis, null);
    }

    /** This content as a slide of {@code value}: its window replaces the spec's range for drawing and counting. */
    public ExportContent withSlide(Slide value) {
        TimeWindow window = value.window();
        List<TimelineEvent> inside = events.stream()
                .filter(e -> window.intersects(e.startMillis(), e.endMillis())).toList();
        // A slide is read across a room: its timeline has the presenting type, as the window has while presenting.
        TimelineStyle slideStyle = style.withFontSize(Math.max(style.fontSize(), TimelineStyle.PRESENTING_FONT_SIZE));
        return new ExportContent(dataset, spec, slideStyle, events, inside, locale, nowMillis, value);
    }

    /**
     * The default range for a dataset: its extent with a small margin, at the coarsest honest precision.
     *
     * @throws IllegalArgumentException when the dataset has no dated content
     */
    public static DateRange defaultRange(Dataset dataset) {
        TimeWindow extent = dataset.extent().orElseThrow(() -> new IllegalArgumentException(
                "the dataset has no events or eras, so it has no time range"));
        return DateRange.covering(TimeWindow.around(extent.startMillis(), extent.endMillis(), 0.03, Navigator.MIN_FIT));
    }

    /**
     * The default range for the events {@code filter} leaves, as Fit frames them in the window: their extent with
     * the same small margin, and as much as Fit shows at least of a single event; the dataset's (eras included)
     * when the filter leaves all of its events or none.
     *
     * @throws IllegalArgumentException when the dataset has no dated content
     */
    public static DateRange defaultRange(Dataset dataset, EventFilter filter) {
        List<TimelineEvent> shown = filter.apply(dataset);
        if (shown.isEmpty() || shown.size() >= dataset.events().size()) {
            return defaultRange(dataset);
        }
        TimeWindow extent = Dataset.extentOf(shown).orElseThrow();
        TimeWindow around = TimeWindow.around(extent.startMillis(), extent.endMillis(), 0.03, Navigator.leastFit(extent));
        if (extent.duration() >= TimeWindow.DAY) { // whole days (UTC), not a range to the minute round day events
            around = new TimeWindow(Math.floorDiv(around.startMillis(), TimeWindow.DAY) * TimeWindow.DAY,
                    -Math.floorDiv(-around.endMillis(), TimeWindow.DAY) * TimeWindow.DAY);
        }
        return DateRange.covering(around);
    }

    public TimelineFrame frame() {
        if (slide == null) {
            TimelineEvent focus = spec.focusEvent() == null ? null : dataset.event(spec.focusEvent()).orElse(null);
            return new TimelineFrame(dataset, events, spec.range().window(), spec.grouping(), spec.collapsedLanes(), focus,
                    e -> true, style, locale, nowMillis);
        }
        return new TimelineFrame(dataset, events, slide.window(), spec.grouping(), spec.collapsedLanes(), slide.event(),
                slideEmphasis(), style, locale, nowMillis);
    }

    /** As presenting: the step's event stands out; a step without one emphasises its highlights, if any. */
    private Predicate<TimelineEvent> slideEmphasis() {
        if (slide.event() != null) {
            String id = slide.event().id();
            return e -> e.id().equals(id);
        }
        if (slide.organisations().isEmpty() && slide.regions().isEmpty()) {
            return e -> true;
        }
        Set<String> orgs = dataset.organisations().withDescendants(slide.organisations());
        Set<String> regions = dataset.regions().withDescendants(slide.regions());
        return e -> e.organisationIds().stream().anyMatch(orgs::contains)
                || e.regionIds().stream().anyMatch(regions::contains);
    }

    /** The spec's title, or the dataset's. */
    public String title() {
        return spec.title() != null ? spec.title() : dataset.title();
    }

    /** The spec's subtitle, or the time range at its own precision. */
    public String subtitle() {
        return spec.subtitle() != null ? spec.subtitle() : spec.range().label(locale);
    }

    /** Distinct sources cited by the shown events (by url, else publisher and title). */
    public int sourceCount() {
        return Dataset.distinctSources(shown);
    }
}
