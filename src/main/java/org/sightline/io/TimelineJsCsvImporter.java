package org.sightline.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.io.CsvTable.Cell;
import org.sightline.io.CsvTable.Row;
import org.sightline.io.TimelineJsSlide.Dates;
import org.sightline.io.TimelineJsSlide.Kind;

/**
 * Imports the TimelineJS Google-Sheets template saved as CSV. Columns are found by their header text
 * (exact, as TimelineJS requires; a header that differs only in case or spaces is accepted with a
 * warning). {@code Tag} is read as {@code Group}. Rows of type {@code title} and {@code era} become the
 * title and eras.
 */
final class TimelineJsCsvImporter {

    static final List<String> HEADERS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
            "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Alt Text", "Type", "Group", "Background");
    private static final List<String> UNUSED = List.of("Media Thumbnail", "Alt Text", "Background");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,3}))?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{1,2})(\\d{2})?");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)\\s*(a\\.?m\\.?|p\\.?m\\.?)$");

    private final ImportReport report;
    private final Map<String, Integer> columns = new HashMap<>();

    private TimelineJsCsvImporter(ImportReport report) {
        this.report = report;
    }

    /** True when a header row names the template's date and headline columns (for format detection). */
    static boolean looksLikeTemplate(Row header) {
        boolean year = false;
        boolean headline = false;
        for (Cell c : header.cells()) {
            String h = c.text().strip();
            year |= h.equalsIgnoreCase("Year") || h.equalsIgnoreCase("Start Date");
            headline |= h.equalsIgnoreCase("Headline");
        }
        return year && headline;
    }

    static LoadResult read(CsvTable table, String file, String defaultTitle, boolean lenient) {
        ImportReport report = new ImportReport(file);
        TimelineJsCsvImporter importer = new TimelineJsCsvImporter(report);
        List<TimelineJsSlide> slides = importer.slides(table);
        if (slides == null) {
            return report.result(null, DatasetFormat.TIMELINEJS_CSV, lenient);
        }
        TimelineJsMapping mapping = new TimelineJsMapping(report, defaultTitle);
        mapping.map(slides);
        ImportedDataset out = mapping.dataset();
        if (out.eventCount() == 0 && !report.hasErrors()) {
            report.error(table.rows().get(0).line(), 1, "", "the sheet has no event rows");
        }
        return report.result(out.eventCount() == 0 ? null : out.build(), DatasetFormat.TIMELINEJS_CSV, lenient);
    }

    private List<TimelineJsSlide> slides(CsvTable table) {
        if (table.rows().isEmpty()) {
            report.error(1, 1, "", "the file is empty: expected the TimelineJS header row (Year, Month, Day, …)");
            return null;
        }
        if (!header(table.rows().get(0))) {
            return null;
        }
        List<TimelineJsSlide> slides = new ArrayList<>();
        for (Row row : table.rows().subList(1, table.rows().size())) {
            TimelineJsSlide s = slide(row);
            if (s != null) {
                slides.add(s);
            }
        }
        return slides;
    }

    private boolean header(Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            Cell c = row.cells().get(i);
            String text = c.text();
            String name = canonical(text);
            if (name == null) {
                if (!text.isBlank()) {
                    report.warning(c.line(), c.column(), text, "\"" + text + "\" is not a column of the TimelineJS "
                            + "template: ignored");
                }
                continue;
            }
            if (!name.equals(text)) {
                report.warning(c.line(), c.column(), name, "the header \"" + text + "\" should read \"" + name
                        + "\" (TimelineJS headers are exact): read as " + name);
            }
            if (columns.putIfAbsent(name, i) != null) {
                report.error(c.line(), c.column(), name, "the column \"" + name + "\" appears twice");
            }
        }
        if (!columns.containsKey("Year")) {
            boolean legacy = row.cells().stream().anyMatch(c -> c.text().strip().equalsIgnoreCase("Start Date"));
            report.error(row.line(), 1, "", legacy
                    ? "this is a TimelineJS version 1 sheet (\"Start Date\" column): re-enter the dates in the "
                            + "current template's Year, Month and Day columns"
                    : "no \"Year\" column: expected the TimelineJS template header (Year, Month, Day, Time, End Year, "
                            + "…, Headline, Text, …)");
            return false;
        }
        if (columns.containsKey("Tag") && columns.containsKey("Group")) {
            Cell c = row.cell(columns.get("Tag"));
            report.warning(c.line(), c.column(), "Tag", "both \"Group\" and the older \"Tag\" columns: \"Tag\" is "
                    + "ignored");
            columns.remove("Tag");
        }
        return !report.hasErrors();
    }

    /** The template header a cell names, ignoring case and spaces; "Tag" counts; null for others. */
    private static String canonical(String text) {
        String squeezed = text.strip().replaceAll("\\s+", " ");
        if (squeezed.equalsIgnoreCase("Tag")) {
            return "Tag";
        }
        for (String h : HEADERS) {
            if (h.equalsIgnoreCase(squeezed)) {
                return h;
            }
        }
        return null;
    }

    private FieldValue cell(Row row, String header) {
        Integer index = columns.get(header);
        if (index == null && header.equals("Group")) {
            index = columns.get("Tag");
            header = "Tag";
        }
        if (index == null) {
            return null;
        }
        Cell c = row.cell(index);
        return FieldValue.string(c.text().strip(), c.line(), c.column() == 0 ? 1 : c.column(), header);
    }

    /** Year, Month, Day: TimelineJS removes spaces and commas ("1,901" is 1901). */
    private FieldValue number(Row row, String header) {
        FieldValue v = cell(row, header);
        return v == null ? null : FieldValue.string(v.text().replaceAll("[\\s,]", ""), v.line(), v.column(), v.path());
    }

    private TimelineJsSlide slide(Row row) {
        FieldValue headline = cell(row, "Headline");
        String label = "the row at line " + row.line()
                + (FieldValue.isBlank(headline) ? "" : " (\"" + shorten(headline.text()) + "\")");
        FieldValue typeCell = cell(row, "Type");
        String type = FieldValue.text(typeCell);
        Kind kind = Kind.EVENT;
        if (type != null) {
            switch (type.toLowerCase(Locale.ROOT)) {
                case "title" -> kind = Kind.TITLE;
                case "era" -> kind = Kind.ERA;
                default -> report.warning(typeCell.line(), typeCell.column(), "Type", "\"" + type + "\" is not a "
                        + "type: expected title, era or blank; read as an event");
            }
        }
        for (String unused : UNUSED) {
            FieldValue v = cell(row, unused);
            if (!FieldValue.isBlank(v)) {
                report.note("unused:" + unused, v.line(), v.column(), unused, "not used by Sightline: ignored");
            }
        }
        report.beginItem(label);
        Dates start = dates(row, "", "Time");
        Dates end = dates(row, "End ", "End Time");
        boolean ok = report.endItem();
        if (!ok) {
            return null;
        }
        return new TimelineJsSlide(label, row.line(), 1, "", kind, start, end, cell(row, "Display Date"), headline,
                cell(row, "Text"), cell(row, "Media"), cell(row, "Media Credit"), cell(row, "Media Caption"), null,
                cell(row, "Group"), null);
    }

    private Dates dates(Row row, String prefix, String timeHeader) {
        FieldValue year = number(row, prefix + "Year");
        FieldValue month = number(row, prefix + "Month");
        FieldValue day = number(row, prefix + "Day");
        FieldValue time = cell(row, timeHeader);
        FieldValue[] clock = new FieldValue[4];
        if (!FieldValue.isBlank(time)) {
            if (FieldValue.isBlank(year)) {
                report.error(time.line(), time.column(), timeHeader, "a time without a date: give the "
                        + prefix + "Year (and month and day) too");
            } else {
                clock = time(time);
            }
        }
        FieldValue first = !FieldValue.isBlank(time) ? time : year != null ? year : month != null ? month : day;
        int line = first == null ? row.line() : first.line();
        int column = first == null ? 1 : first.column();
        return new Dates(year, month, day, clock[0], clock[1], clock[2], clock[3], null, line, column,
                first == null ? prefix + "Year" : first.path());
    }

    /** Parses a TimelineJS time: H:MM, H:MM:SS, H:MM:SS.mmm or HHMM, optionally with am/pm. */
    private FieldValue[] time(FieldValue cell) {
        FieldValue[] out = new FieldValue[4];
        String text = cell.text().strip();
        Matcher suffix = MERIDIEM.matcher(text);
        Boolean pm = null;
        if (suffix.find()) {
            pm = suffix.group(1).toLowerCase(Locale.ROOT).startsWith("p");
            text = text.substring(0, suffix.start()).strip();
        }
        String h;
        String m = null;
        String s = null;
        String ms = null;
        Matcher clock = CLOCK.matcher(text);
        Matcher compact = COMPACT.matcher(text);
        if (clock.matches()) {
            h = clock.group(1);
            m = clock.group(2);
            s = clock.group(3);
            ms = clock.group(4);
        } else if (compact.matches()) {
            h = compact.group(1);
            m = compact.group(2);
        } else {
            report.error(cell.line(), cell.column(), cell.path(), "\"" + shorten(cell.text()) + "\" is not a time: "
                    + "expected H:MM, H:MM:SS or HHMM, optionally followed by am or pm");
            return out;
        }
        int hour = Integer.parseInt(h);
        if (pm != null) {
            if (hour < 1 || hour > 12) {
                report.error(cell.line(), cell.column(), cell.path(), "\"" + cell.text() + "\": with am or pm the "
                        + "hour must be 1 to 12");
                return out;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        out[0] = derived(cell, Integer.toString(hour));
        out[1] = m == null ? null : derived(cell, m);
        out[2] = s == null ? null : derived(cell, s);
        out[3] = ms == null ? null : derived(cell, ms + "00".substring(0, 3 - ms.length()));
        return out;
    }

    private static FieldValue derived(FieldValue cell, String text) {
        return FieldValue.string(text, cell.line(), cell.column(), cell.path());
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
