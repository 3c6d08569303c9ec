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

    /**
     * {@code s} broken into lines at spaces that fit {@code maxWidth}, at most {@code maxLines} of them; the
     * last line ends in "…" when text is left over. A word longer than a line is shortened.
     */
    java.util.List<String> wrap(String s, Font font, double maxWidth, int maxLines) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String[] words = s.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                i++;
                continue;
            }
            if (line.isEmpty()) {
                lines.add(fit(words[i], font, maxWidth));
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString()); // the loop only builds a line while there is room for it
        }
        if (i < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            String rest = lines.get(last) + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            lines.set(last, fit(rest, font, maxWidth));
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    /** {@code s} itself when it fits, otherwise its longest prefix that fits followed by "…" (maybe empty). */
    String fit(String s, Font font, double maxWidth) {
        org.sightline.view.timeline.TextMeasurer inFont = t -> width(t, font);
        String fitted = inFont.fit(s, maxWidth);
        return fitted != null ? fitted : width(ELLIPSIS, font) <= maxWidth ? ELLIPSIS : "";
    }
}
