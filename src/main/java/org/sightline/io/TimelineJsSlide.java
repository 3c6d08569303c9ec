package org.sightline.io;

/**
 * One TimelineJS slide as read from JSON or from a spreadsheet row, before mapping: raw values with
 * their locations. {@code label} names it in messages ("events[3]", "row 12").
 */
record TimelineJsSlide(String label, int line, int column, String path, Kind kind, Dates start, Dates end,
                       FieldValue displayDate, FieldValue headline, FieldValue text, FieldValue mediaUrl,
                       FieldValue mediaCredit, FieldValue mediaCaption, FieldValue mediaTitle, FieldValue group,
                       FieldValue uniqueId) {

    enum Kind { EVENT, ERA, TITLE }

    /** A TimelineJS date object's parts (any may be null), located at the object or the row. */
    record Dates(FieldValue year, FieldValue month, FieldValue day, FieldValue hour, FieldValue minute,
                 FieldValue second, FieldValue millisecond, FieldValue displayDate, int line, int column,
                 String path) {
    }
}
