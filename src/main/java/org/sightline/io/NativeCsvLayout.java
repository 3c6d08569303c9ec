package org.sightline.io;

import java.util.List;

/**
 * The layout of a native Sightline CSV file: one UTF-8 file with key/value rows for the dataset
 * ({@code format,sightline-dataset}, {@code version,1}, {@code title,…}) followed by sections, each
 * started by a row with only {@code [organisations]}, {@code [regions]}, {@code [events]} or
 * {@code [eras]} and then a header row. Lists of ids and tags are separated by {@code ;}; an event's
 * sources are the columns {@code source1.publisher, source1.title, source1.date, source1.url, source2…}.
 */
final class NativeCsvLayout {

    static final String LIST_SEPARATOR = ";";
    static final List<String> TOP_KEYS = List.of("format", "version", "title", "description", "dataAsOf");
    static final List<String> SECTIONS = List.of("organisations", "regions", "events", "eras");
    static final List<String> ORGANISATION = List.of("id", "name", "abbreviation", "parent", "kind", "color",
            "description");
    static final List<String> REGION = List.of("id", "name", "parent", "kind", "lat", "lon", "description");
    static final List<String> EVENT = List.of("id", "title", "start", "end", "displayDate", "summary",
            "organisations", "regions", "status", "confidence", "tags", "notes");
    static final List<String> LIST_COLUMNS = List.of("organisations", "regions", "tags");
    static final List<String> SOURCE = List.of("publisher", "title", "date", "url");
    static final List<String> ERA = List.of("id", "title", "start", "end", "color");

    private NativeCsvLayout() {
    }

    static String sectionMarker(String section) {
        return "[" + section + "]";
    }

    static List<String> columnsOf(String section) {
        return switch (section) {
            case "organisations" -> ORGANISATION;
            case "regions" -> REGION;
            case "events" -> EVENT;
            default -> ERA;
        };
    }
}
