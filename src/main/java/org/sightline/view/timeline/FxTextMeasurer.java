package org.sightline.view.timeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text with a reused {@link Text} node and remembers every width (axis labels repeat a lot).
 * Text made only of printable Latin characters (U+0020 to U+024F: no combining marks, no right-to-left or
 * complex scripts) and the ellipsis of cut labels is measured as the sum of its characters' advances, each measured once: JavaFX lays
 * such text out glyph by glyph without kerning, so the sum is the layout width, and it costs well under a
 * microsecond instead of a text layout (5-20 µs, which made the first zoom into 10k events stall while
 * thousands of labels were measured).
 */
public final class FxTextMeasurer implements TextMeasurer {

    private static final int CACHE_LIMIT = 20_000;
    /** Characters below this (and from U+0020) are measured by their advances. */
    static final char SIMPLE_END = '\u0250';

    private final Text text = new Text();
    private final Map<String, Double> cache = new HashMap<>();
    private final double[] advances = new double[SIMPLE_END];
    private double ellipsis = Double.NaN;

    public FxTextMeasurer(Font font) {
        text.setFont(font);
        Arrays.fill(advances, Double.NaN);
    }

    @Override
    public double width(String value) {
        Double cached = cache.get(value);
        if (cached != null) {
            return cached;
        }
        double w = measure(value);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(value, w);
        return w;
    }

    /** Measures without caching: for event titles, which the caller caches per event. */
    public double measure(String value) {
        double sum = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '…') {
                if (Double.isNaN(ellipsis)) {
                    ellipsis = layoutWidth("…");
                }
                sum += ellipsis;
                continue;
            }
            if (c < ' ' || c >= SIMPLE_END) {
                return layoutWidth(value);
            }
            double a = advances[c];
            if (Double.isNaN(a)) {
                a = layoutWidth(String.valueOf(c));
                advances[c] = a;
            }
            sum += a;
        }
        return sum;
    }

    /** The width of a full text layout of {@code value}. */
    double layoutWidth(String value) {
        text.setText(value);
        return text.getLayoutBounds().getWidth();
    }

    public Font font() {
        return text.getFont();
    }
}
