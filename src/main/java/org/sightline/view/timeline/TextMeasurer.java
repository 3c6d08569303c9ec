package org.sightline.view.timeline;

/** Measures the width of a label in one font, in pixels. Tests pass a deterministic one. */
@FunctionalInterface
public interface TextMeasurer {
    double width(String text);

    /** The same measurer with every width multiplied by {@code factor}. */
    default TextMeasurer scaled(double factor) {
        return factor == 1 ? this : text -> width(text) * factor;
    }

    /** {@code value} cut with an ellipsis to fit {@code available} pixels, or null when not one character fits. */
    default String fit(String value, double available) {
        return width(value) <= available ? value : cut(value, available);
    }

    /**
     * The longest start of {@code value} that, followed by "…", fits {@code available} pixels (found by halving,
     * as widths grow with length), or null when not one character does; for text known not to fit whole.
     */
    default String cut(String value, double available) {
        int lo = 0;
        int hi = value.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(value.substring(0, mid).stripTrailing() + "…") <= available) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? null : value.substring(0, lo).stripTrailing() + "…";
    }

    /**
     * Where the first line of {@code value} ends (exclusive) when it breaks at the last space, or after the
     * last hyphen, at which that line still fits in {@code available} pixels; -1 when none does. The second
     * line is the rest, without the space.
     */
    default int lineBreak(String value, double available) {
        int best = -1;
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            int end = c == ' ' ? i : c == '-' ? i + 1 : -1;
            if (end < 0) {
                continue;
            }
            if (width(value.substring(0, end)) > available) {
                break;
            }
            best = end;
        }
        return best;
    }
}
