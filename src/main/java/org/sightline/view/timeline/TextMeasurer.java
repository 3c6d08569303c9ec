package org.sightline.view.timeline;

/** Measures the width of a label in one font, in pixels. Tests pass a deterministic one. */
@FunctionalInterface
public interface TextMeasurer {
    double width(String text);

    /** The same measurer with every width multiplied by {@code factor}. */
    default TextMeasurer scaled(double factor) {
        return factor == 1 ? this : text -> width(text) * factor;
    }
}
