package org.sightline.view.export;

/**
 * Export sizes offered in the dialog. Screen presets are layout sizes that the scale multiplies; print
 * presets are fixed pixel sizes at 300 dpi (laid out as at 96 dpi, so scale 300/96).
 */
public enum SizePreset {
    FULL_HD("1920 × 1080 (Full HD)", 1920, 1080, false),
    UHD("3840 × 2160 (4K)", 3840, 2160, false),
    A4("A4 landscape, 300 dpi", 3508, 2480, true),
    LETTER("Letter landscape, 300 dpi", 3300, 2550, true),
    CUSTOM("Custom", 1600, 900, false);

    /** Layout pixels per inch; print presets scale from it to 300 dpi. */
    public static final double PRINT_SCALE = 300.0 / 96.0;

    private final String label;
    private final int width;
    private final int height;
    private final boolean print;

    SizePreset(String label, int width, int height, boolean print) {
        this.label = label;
        this.width = width;
        this.height = height;
        this.print = print;
    }

    /** For screen presets the layout width; for print presets the pixel width. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** True for a fixed pixel size at 300 dpi (the scale choice does not apply). */
    public boolean isPrint() {
        return print;
    }

    @Override
    public String toString() {
        return label;
    }
}
