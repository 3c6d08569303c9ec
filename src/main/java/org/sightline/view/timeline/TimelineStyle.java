package org.sightline.view.timeline;

import javafx.scene.paint.Color;
import org.sightline.model.Dataset;

/**
 * Colours and font sizes of the timeline drawing. The window takes them from CSS; exports use one of
 * the named themes. Font sizes are in layout pixels before the renderer's scale.
 */
public record TimelineStyle(String name, Color background, Color laneBackground, Color laneAlternate,
                            Color ink, Color mutedInk, Color gridLine, Color eraFill, Color todayLine,
                            Color selection, Color fallbackEventColor, String fontFamily, double fontSize,
                            double axisFontSize, boolean patternsForGreyscale, double dimmedOpacity) {

    /** How strongly events outside a highlight or a briefing's step are drawn: they recede, and still read. */
    public static final double DIMMED = 0.28;

    /** The timeline's type while presenting on a 1080-line screen (CSS: {@code -tl-font-size: 16}), and on slides. */
    public static final double PRESENTING_FONT_SIZE = 16;

    /** This style with labels and axis in {@code size} (layout pixels). */
    public TimelineStyle withFontSize(double size) {
        return new TimelineStyle(name, background, laneBackground, laneAlternate, ink, mutedInk, gridLine, eraFill,
                todayLine, selection, fallbackEventColor, fontFamily, size, size, patternsForGreyscale, dimmedOpacity);
    }

    public static TimelineStyle light() {
        return new TimelineStyle("light", Color.web("#ffffff"), Color.web("#ffffff"), Color.web("#f4f6f9"),
                Color.web("#1d2430"), Color.web("#5b6573"), Color.web("#e1e5eb"), Color.web("#0a5ca8", 0.07),
                Color.web("#c62828"), Color.web("#111111"), Color.web("#6b7280"), "DejaVu Sans", 12, 12, false, DIMMED);
    }

    public static TimelineStyle dark() {
        return new TimelineStyle("dark", Color.web("#15191f"), Color.web("#15191f"), Color.web("#1b2028"),
                Color.web("#e6e9ee"), Color.web("#9aa4b2"), Color.web("#2a313b"), Color.web("#56b4e9", 0.10),
                Color.web("#ff6b6b"), Color.web("#ffffff"), Color.web("#9aa4b2"), "DejaVu Sans", 12, 12, false, DIMMED);
    }

    /** White paper, dark ink, and patterns that survive greyscale printing. */
    public static TimelineStyle print() {
        return new TimelineStyle("print", Color.WHITE, Color.WHITE, Color.web("#f2f2f2"),
                Color.BLACK, Color.web("#333333"), Color.web("#cccccc"), Color.web("#000000", 0.06),
                Color.web("#000000"), Color.BLACK, Color.web("#444444"), "DejaVu Sans", 12, 12, true, DIMMED);
    }

    /** The named theme: light, dark or print. */
    public static java.util.Optional<TimelineStyle> named(String name) {
        return switch (name) {
            case "light" -> java.util.Optional.of(light());
            case "dark" -> java.util.Optional.of(dark());
            case "print" -> java.util.Optional.of(print());
            default -> java.util.Optional.empty();
        };
    }

    /** The colour of an organisation (its own or its nearest ancestor's), or the fallback. */
    public Color colorFor(Dataset dataset, String organisationId) {
        String hex = organisationId == null ? null : dataset.colorOf(organisationId);
        return hex == null ? fallbackEventColor : visibleOnBackground(Color.web(hex));
    }

    /**
     * {@code c}, or, when it is a grey too close to the background to be seen (a black organisation in the dark
     * theme, a white one in the light), that grey moved towards the ink until it stands out. Colours of any
     * hue are kept as they are: pale yellow on white still reads by its hue.
     */
    Color visibleOnBackground(Color c) {
        if (c.getSaturation() >= 0.25 || ReadableInk.contrast(c, background) >= 1.5) {
            return c;
        }
        for (int step = 1; step < 10; step++) {
            Color moved = c.interpolate(ink, step / 10.0);
            if (ReadableInk.contrast(moved, background) >= 2) {
                return moved;
            }
        }
        return mutedInk;
    }
}
