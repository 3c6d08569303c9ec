package org.sightline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sightline.io.JsonNodeAt.ArrayAt;
import org.sightline.io.JsonNodeAt.NumberAt;
import org.sightline.io.JsonNodeAt.ObjectAt;
import org.sightline.io.JsonNodeAt.StringAt;
import org.sightline.io.TimelineJsSlide.Dates;
import org.sightline.io.TimelineJsSlide.Kind;

/**
 * Imports a TimelineJS JSON file ({@code events}, {@code eras}, {@code title}, {@code scale}); see
 * docs/import.md for the mapping. Date parts may be numbers or numeric strings; blank strings are absent.
 */
final class TimelineJsJsonImporter {

    private static final Set<String> TOP = Set.of("events", "title", "eras", "scale");
    private static final Set<String> SLIDE = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "unique_id");
    private static final Set<String> SLIDE_UNUSED = Set.of("background", "autolink", "type");
    private static final Set<String> TEXT = Set.of("headline", "text");
    private static final Set<String> MEDIA = Set.of("url", "caption", "credit", "title");
    private static final Set<String> MEDIA_UNUSED = Set.of("thumbnail", "alt", "link", "link_target");
    private static final Set<String> DATE = Set.of("year", "month", "day", "hour", "minute", "second",
            "millisecond", "display_date");
    private static final Set<String> DATE_UNUSED = Set.of("format");

    private final ImportReport report;

    private TimelineJsJsonImporter(ImportReport report) {
        this.report = report;
    }

    static LoadResult read(JsonNodeAt root, String file, String defaultTitle, boolean lenient) {
        ImportReport report = new ImportReport(file);
        TimelineJsJsonImporter importer = new TimelineJsJsonImporter(report);
        TimelineJsMapping mapping = new TimelineJsMapping(report, defaultTitle);
        List<TimelineJsSlide> slides = importer.slides(root);
        if (slides == null) {
            return report.result(null, DatasetFormat.TIMELINEJS_JSON, lenient);
        }
        mapping.map(slides);
        ImportedDataset out = mapping.dataset();
        if (out.eventCount() == 0 && !report.hasErrors()) {
            report.error(root.line(), root.column(), "events", "the timeline has no events");
        }
        return report.result(out.eventCount() == 0 ? null : out.build(), DatasetFormat.TIMELINEJS_JSON, lenient);
    }

    private List<TimelineJsSlide> slides(JsonNodeAt root) {
        if (!(root instanceof ObjectAt top)) {
            report.error(root.line(), root.column(), "", "expected a TimelineJS object with \"events\", found "
                    + root.kind());
            return null;
        }
        ImportedKeys.note(report, top, "", TOP, Set.of(), "TimelineJS");
        List<TimelineJsSlide> slides = new ArrayList<>();
        JsonNodeAt title = ImportedKeys.get(top, "title");
        if (title != null) {
            TimelineJsSlide s = slide(title, "title", Kind.TITLE, "the title slide");
            if (s != null) {
                slides.add(s);
            }
        }
        JsonNodeAt events = ImportedKeys.get(top, "events");
        if (events == null) {
            report.error(top.line(), top.column(), "", "missing \"events\": expected an array of slides");
            return null;
        }
        if (!(events instanceof ArrayAt list)) {
            report.error(events.line(), events.column(), "events", "expected an array of slides, found " + events.kind());
            return null;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = "events[" + i + "]";
            TimelineJsSlide s = slide(list.items().get(i), path, Kind.EVENT, path);
            if (s != null) {
                slides.add(s);
            }
        }
        JsonNodeAt eras = ImportedKeys.get(top, "eras");
        if (eras instanceof ArrayAt eraList) {
            for (int i = 0; i < eraList.items().size(); i++) {
                String path = "eras[" + i + "]";
                TimelineJsSlide s = slide(eraList.items().get(i), path, Kind.ERA, path);
                if (s != null) {
                    slides.add(s);
                }
            }
        } else if (eras != null) {
            report.error(eras.line(), eras.column(), "eras", "expected an array of eras, found " + eras.kind());
        }
        JsonNodeAt scale = ImportedKeys.get(top, "scale");
        if (scale != null && !(scale instanceof StringAt s && (s.value().equals("human")
                || s.value().equals("cosmological")))) {
            report.warning(scale.line(), scale.column(), "scale", "expected \"human\" or \"cosmological\": ignored "
                    + "(Sightline picks its own scale)");
        }
        return slides;
    }

    /** One slide object, or null when it is not an object (reported as an invalid item). */
    private TimelineJsSlide slide(JsonNodeAt node, String path, Kind kind, String label) {
        if (!(node instanceof ObjectAt o)) {
            report.beginItem(label);
            report.error(node.line(), node.column(), path, "expected a slide object, found " + node.kind());
            report.endItem();
            return null;
        }
        ImportedKeys.note(report, o, path, SLIDE, SLIDE_UNUSED, "TimelineJS");
        if (ImportedKeys.get(o, "text") instanceof ObjectAt t && ImportedKeys.get(t, "headline") instanceof StringAt h
                && !h.value().isBlank()) {
            String plain = HtmlText.toPlainText(h.value());
            label = label + " (\"" + (plain.length() <= 60 ? plain : plain.substring(0, 57) + "...") + "\")";
        }
        report.beginItem(label);
        Dates start = dates(ImportedKeys.get(o, "start_date"), path + ".start_date");
        Dates end = dates(ImportedKeys.get(o, "end_date"), path + ".end_date");
        FieldValue headline = null;
        FieldValue text = null;
        JsonNodeAt textNode = ImportedKeys.get(o, "text");
        if (textNode instanceof ObjectAt t) {
            ImportedKeys.note(report, t, path + ".text", TEXT, Set.of(), "TimelineJS");
            headline = value(ImportedKeys.get(t, "headline"), path + ".text.headline");
            text = value(ImportedKeys.get(t, "text"), path + ".text.text");
        } else if (textNode != null) {
            report.error(textNode.line(), textNode.column(), path + ".text", "expected an object with \"headline\" "
                    + "and \"text\", found " + textNode.kind());
        }
        FieldValue url = null;
        FieldValue credit = null;
        FieldValue caption = null;
        FieldValue mediaTitle = null;
        JsonNodeAt media = ImportedKeys.get(o, "media");
        if (media instanceof ObjectAt m) {
            ImportedKeys.note(report, m, path + ".media", MEDIA, MEDIA_UNUSED, "TimelineJS");
            url = value(ImportedKeys.get(m, "url"), path + ".media.url");
            credit = value(ImportedKeys.get(m, "credit"), path + ".media.credit");
            caption = value(ImportedKeys.get(m, "caption"), path + ".media.caption");
            mediaTitle = value(ImportedKeys.get(m, "title"), path + ".media.title");
        } else if (media != null) {
            report.error(media.line(), media.column(), path + ".media", "expected an object with \"url\", found "
                    + media.kind());
        }
        FieldValue group = value(ImportedKeys.get(o, "group"), path + ".group");
        FieldValue display = value(ImportedKeys.get(o, "display_date"), path + ".display_date");
        FieldValue uniqueId = value(ImportedKeys.get(o, "unique_id"), path + ".unique_id");
        boolean ok = report.endItem();
        if (!ok) {
            return null;
        }
        return new TimelineJsSlide(label, o.line(), o.column(), path, kind, start, end, display, headline, text, url,
                credit, caption, mediaTitle, group, uniqueId);
    }

    private Dates dates(JsonNodeAt node, String path) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ObjectAt d)) {
            report.error(node.line(), node.column(), path, "expected a date object such as {\"year\": 2019, "
                    + "\"month\": 12}, found " + node.kind());
            return null;
        }
        ImportedKeys.note(report, d, path, DATE, DATE_UNUSED, "TimelineJS");
        return new Dates(value(ImportedKeys.get(d, "year"), path + ".year"), value(ImportedKeys.get(d, "month"), path + ".month"),
                value(ImportedKeys.get(d, "day"), path + ".day"), value(ImportedKeys.get(d, "hour"), path + ".hour"),
                value(ImportedKeys.get(d, "minute"), path + ".minute"), value(ImportedKeys.get(d, "second"), path + ".second"),
                value(ImportedKeys.get(d, "millisecond"), path + ".millisecond"),
                value(ImportedKeys.get(d, "display_date"), path + ".display_date"), d.line(), d.column(), path);
    }

    /** A string or number value with its location; null when absent; an error for other kinds. */
    private FieldValue value(JsonNodeAt node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof StringAt s) {
            return new FieldValue(s.value(), false, s.line(), s.column(), path);
        }
        if (node instanceof NumberAt n) {
            return new FieldValue(n.text(), true, n.line(), n.column(), path);
        }
        report.error(node.line(), node.column(), path, "expected a string or a number, found " + node.kind());
        return null;
    }
}
