package org.sightline.view.export;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures single-line text and shortens it with an ellipsis to fit a width. One reused Text node. */
final class TextMeasurer {

    private static final String ELLIPSIS = "…";
    private final Text text = new Text();

    double width(String s, Font font) {
        text.setFont(font);
        text.setText(s);
        return text.getLayoutBounds().getWidth();
    }

    /** The height of one line of text in this font. */
    double height(Font font) {
        text.setFont(font);
        text.setText("Ág");
        return text.getLayoutBounds().getHeight();
    }

    /** {@code s} itself when it fits, otherwise its longest prefix that fits followed by "…" (maybe empty). */
    String fit(String s, Font font, double maxWidth) {
        if (width(s, font) <= maxWidth) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid).stripTrailing() + ELLIPSIS, font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? (width(ELLIPSIS, font) <= maxWidth ? ELLIPSIS : "") : s.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
