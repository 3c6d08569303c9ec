package org.sightline.io;

/**
 * One raw value from an imported file with where it was: the text as written (a JSON number keeps
 * its digits), whether it was a JSON number, and its line, column and path for messages.
 */
record FieldValue(String text, boolean number, int line, int column, String path) {

    static FieldValue string(String text, int line, int column, String path) {
        return new FieldValue(text, false, line, column, path);
    }

    /** True when absent in effect: TimelineJS treats blank strings as missing. */
    static boolean isBlank(FieldValue v) {
        return v == null || v.text() == null || v.text().isBlank();
    }

    /** The trimmed text, or null when blank. */
    static String text(FieldValue v) {
        return isBlank(v) ? null : v.text().strip();
    }
}
