package org.sightline.view.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Of two text colours, the one that reads better on a fill: the one with the larger contrast ratio (WCAG 2),
 * so a count on a pale yellow cluster is dark and on a deep blue one light. Remembered per fill, as fills
 * come from {@link OpaqueBlends}' few colours and are asked for on every frame.
 */
final class ReadableInk {

    private final Map<Color, Color> chosen = new HashMap<>();
    private Color first;
    private Color second;

    /** {@code first} or {@code second}, whichever contrasts more with the opaque {@code fill}. */
    Color on(Color fill, Color first, Color second) {
        if (!first.equals(this.first) || !second.equals(this.second)) {
            chosen.clear();
            this.first = first;
            this.second = second;
        }
        Color ink = chosen.get(fill);
        if (ink == null) {
            ink = contrast(fill, first) >= contrast(fill, second) ? first : second;
            chosen.put(fill, ink);
        }
        return ink;
    }

    /** The contrast ratio of two colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance (sRGB). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
