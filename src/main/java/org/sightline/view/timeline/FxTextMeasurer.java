package org.sightline.view.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text with a reused {@link Text} node and remembers every width (axis labels repeat a lot). */
public final class FxTextMeasurer implements TextMeasurer {

    private static final int CACHE_LIMIT = 20_000;

    private final Text text = new Text();
    private final Map<String, Double> cache = new HashMap<>();

    public FxTextMeasurer(Font font) {
        text.setFont(font);
    }

    @Override
    public double width(String value) {
        Double cached = cache.get(value);
        if (cached != null) {
            return cached;
        }
        text.setText(value);
        double w = text.getLayoutBounds().getWidth();
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(value, w);
        return w;
    }

    /** Measures without caching: for event titles, which the caller caches per event. */
    public double measure(String value) {
        text.setText(value);
        return text.getLayoutBounds().getWidth();
    }

    public Font font() {
        return text.getFont();
    }
}
