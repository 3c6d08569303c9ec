package org.sightline.view.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Opaque colours that look exactly like a colour drawn with some opacity over an opaque background.
 * Filling with them skips per-pixel blending, which is what large translucent fills cost in the
 * software pipeline. Opacities are rounded to 1/64, and every colour is made once and cached.
 */
final class OpaqueBlends {

    static final int LEVELS = 64;

    private final Map<Color, Map<Color, Color[]>> cache = new HashMap<>();

    /** {@code color} at {@code opacity} (times its own opacity) over the opaque {@code background}. */
    Color over(Color background, Color color, double opacity) {
        double a = Math.max(0, Math.min(1, opacity * color.getOpacity()));
        int level = (int) Math.round(a * LEVELS);
        Color[] row = cache.computeIfAbsent(background, b -> new HashMap<>())
                .computeIfAbsent(color, c -> new Color[LEVELS + 1]);
        Color blended = row[level];
        if (blended == null) {
            double t = level / (double) LEVELS;
            blended = Color.color(mix(background.getRed(), color.getRed(), t),
                    mix(background.getGreen(), color.getGreen(), t), mix(background.getBlue(), color.getBlue(), t));
            row[level] = blended;
        }
        return blended;
    }

    private static double mix(double under, double over, double t) {
        return under + (over - under) * t;
    }
}
