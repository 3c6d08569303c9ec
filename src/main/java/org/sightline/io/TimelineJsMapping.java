package org.sightline.io;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.io.TimelineJsSlide.Dates;
import org.sightline.model.DateLabels;
import org.sightline.model.InvalidDateException;
import org.sightline.model.PartialDate;
import org.sightline.model.Source;

/**
 * Maps TimelineJS slides (from its JSON or its spreadsheet) to a dataset: the title slide gives the
 * title and description, eras become background bands, every other slide an event.
 * <p>
 * Years: TimelineJS labels a negative year {@code -44} as "44 BCE" and has no year 0, so a TimelineJS
 * year {@code y < 0} is the astronomical (ISO-8601) year {@code y + 1}; year 0 is refused. Times have no
 * time zone in TimelineJS; they are read as UTC and a warning says so.
 */
final class TimelineJsMapping {

    /** Astronomical years that {@link PartialDate} can hold. */
    static final long MAX_YEAR = 999_999_999L;
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern INTEGRAL_DECIMAL = Pattern.compile("-?\\d+\\.0*");

    private final ImportReport report;
    private final ImportedDataset out;
    private final Set<String> explicitIdsGiven = new HashSet<>();

    TimelineJsMapping(ImportReport report, String defaultTitle) {
        this.report = report;
        this.out = new ImportedDataset(defaultTitle);
    }

    /** TimelineJS year (no year 0; -44 is 44 BCE) → astronomical year (0 is 1 BCE; -43 is 44 BCE). */
    static long astronomicalYear(long timelineJsYear) {
        if (timelineJsYear == 0) {
            throw new IllegalArgumentException("TimelineJS has no year 0");
        }
        return timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear;
    }

    /** Astronomical year → the year TimelineJS would use for the same "n BCE" label. */
    static long timelineJsYear(long astronomicalYear) {
        return astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
    }

    ImportedDataset dataset() {
        return out;
    }

    /** Maps every slide, in file order. */
    void map(List<TimelineJsSlide> slides) {
        reserveExplicitIds(slides);
        boolean titleSeen = false;
        for (TimelineJsSlide s : slides) {
            switch (s.kind()) {
                case TITLE -> {
                    if (titleSeen) {
                        report.warning(s.line(), s.column(), s.path(), "a second title slide: imported as an event "
                                + "(TimelineJS does the same)");
                        event(s);
                    } else {
                        titleSeen = true;
                        title(s);
                    }
                }
                case ERA -> era(s);
                case EVENT -> event(s);
            }
        }
    }

    private void title(TimelineJsSlide s) {
        out.title(HtmlText.toPlainText(FieldValue.text(s.headline())));
        out.description(HtmlText.toPlainText(FieldValue.text(s.text())));
        if (s.start() != null && !FieldValue.isBlank(s.start().year())) {
            report.note("title-date", s.line(), s.column(), s.path(), "the title slide's date is not used");
        }
    }

    private void reserveExplicitIds(List<TimelineJsSlide> slides) {
        // Explicit ids are claimed first, so a derived id never takes one that appears later in the file.
        for (TimelineJsSlide s : slides) {
            String id = IdMaker.slug(FieldValue.text(s.uniqueId()));
            if (s.kind() != TimelineJsSlide.Kind.ERA && !id.isEmpty() && !out.eventIds().isUsed(id)) {
                out.eventIds().reserve(id);
            }
        }
    }

    private String eventId(TimelineJsSlide s, String headline, String summary) {
        String explicit = IdMaker.slug(FieldValue.text(s.uniqueId()));
        if (!explicit.isEmpty()) {
            if (explicitIdsGiven.add(explicit)) {
                return explicit;
            }
            String id = out.eventIds().unique(explicit);
            report.warning(s.uniqueId().line(), s.uniqueId().column(), s.uniqueId().path(), "duplicate unique_id \""
                    + s.uniqueId().text().strip() + "\": this slide gets the id \"" + id + "\"");
            return id;
        }
        String base = IdMaker.slug(headline);
        if (base.isEmpty()) {
            base = "event-" + IdMaker.digest(s.start() + "|" + summary);
        }
        return out.eventIds().unique(base);
    }

    private void event(TimelineJsSlide s) {
        report.beginItem(s.label());
        PartialDate start = null;
        if (s.start() == null || FieldValue.isBlank(s.start().year())) {
            report.error(s.line(), s.column(), s.path(), "no start date: a slide needs a start year"
                    + " (only the title slide may have no date)");
        } else {
            start = date(s.start());
        }
        PartialDate end = s.end() == null || allBlank(s.end()) ? null : date(s.end());
        checkOrder(s, start, end);
        String headline = HtmlText.toPlainText(FieldValue.text(s.headline()));
        String summary = HtmlText.toPlainText(FieldValue.text(s.text()));
        List<Source> sources = sources(s, headline);
        String group = HtmlText.toPlainText(FieldValue.text(s.group()));
        String display = displayDate(s, start, end);
        boolean ok = report.endItem();
        if (!ok) {
            return;
        }
        String title = headline;
        if (title == null || title.isEmpty()) {
            title = untitled(summary, display, start);
            report.warning(s.line(), s.column(), s.path(), "no headline: the event is titled \"" + title + "\"");
        }
        String id = eventId(s, headline, summary);
        String organisation = group == null || group.isEmpty() ? null : out.organisationForGroup(group);
        out.event(id, title, start, end, display, summary, organisation, sources);
    }

    private void era(TimelineJsSlide s) {
        report.beginItem(s.label());
        PartialDate start = null;
        PartialDate end = null;
        if (s.start() == null || FieldValue.isBlank(s.start().year())) {
            report.error(s.line(), s.column(), s.path(), "an era needs a start date (a year at least)");
        } else {
            start = date(s.start());
        }
        if (s.end() == null || FieldValue.isBlank(s.end().year())) {
            report.error(s.line(), s.column(), s.path(), "an era needs an end date (a year at least): "
                    + "TimelineJS requires both");
        } else {
            end = date(s.end());
        }
        checkOrder(s, start, end);
        String title = HtmlText.toPlainText(FieldValue.text(s.headline()));
        if (report.endItem()) {
            if (title == null || title.isEmpty()) {
                title = DateLabels.range(start, end, Locale.ENGLISH);
            }
            out.era(title, start, end);
        }
    }

    private void checkOrder(TimelineJsSlide s, PartialDate start, PartialDate end) {
        if (start != null && end != null && end.startMillis() < start.startMillis()) {
            Dates e = s.end();
            report.error(e.line(), e.column(), e.path(), "the end " + end.toIso() + " is before the start "
                    + start.toIso() + ": the end must not come before the start");
        }
    }

    private static boolean allBlank(Dates d) {
        return FieldValue.isBlank(d.year()) && FieldValue.isBlank(d.month()) && FieldValue.isBlank(d.day())
                && FieldValue.isBlank(d.hour()) && FieldValue.isBlank(d.minute()) && FieldValue.isBlank(d.second())
                && FieldValue.isBlank(d.millisecond());
    }

    private String displayDate(TimelineJsSlide s, PartialDate start, PartialDate end) {
        String slide = FieldValue.text(s.displayDate());
        if (slide != null) {
            return HtmlText.toPlainText(slide);
        }
        String startText = s.start() == null ? null : FieldValue.text(s.start().displayDate());
        String endText = s.end() == null ? null : FieldValue.text(s.end().displayDate());
        if (startText == null && endText == null) {
            return null;
        }
        String a = startText != null ? startText : start == null ? "" : DateLabels.format(start, Locale.ENGLISH);
        if (end == null) {
            return HtmlText.toPlainText(a);
        }
        String b = endText != null ? endText : DateLabels.format(end, Locale.ENGLISH);
        return HtmlText.toPlainText(a + " – " + b);
    }

    private static String untitled(String summary, String display, PartialDate start) {
        if (summary != null && !summary.isEmpty()) {
            String first = summary.lines().findFirst().orElse(summary);
            return first.length() <= 80 ? first : first.substring(0, 79).strip() + "…";
        }
        if (display != null && !display.isEmpty()) {
            return display;
        }
        return start == null ? "[untitled]" : "[untitled, " + DateLabels.format(start, Locale.ENGLISH) + "]";
    }

    private List<Source> sources(TimelineJsSlide s, String headline) {
        String url = FieldValue.text(s.mediaUrl());
        String caption = HtmlText.toPlainText(FieldValue.text(s.mediaCaption()));
        String credit = HtmlText.toPlainText(FieldValue.text(s.mediaCredit()));
        String mediaTitle = HtmlText.toPlainText(FieldValue.text(s.mediaTitle()));
        if (url != null && !Links.isWebLink(url)) {
            FieldValue u = s.mediaUrl();
            report.warning(u.line(), u.column(), u.path(), "\"" + shorten(url) + "\" is not an http:// or https:// link:"
                    + " the source is kept without it (Sightline never fetches media)");
            url = null;
        }
        if (url == null && blank(caption) && blank(credit) && blank(mediaTitle)) {
            return List.of();
        }
        String title = !blank(caption) ? caption : !blank(mediaTitle) ? mediaTitle
                : "[Media" + (blank(headline) ? "" : " for \"" + headline + "\"") + "]";
        List<Source> list = new ArrayList<>(1);
        list.add(new Source(blank(credit) ? null : credit, title, null, url));
        return list;
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** A TimelineJS date object → a partial date at the precision given, or null (reported). */
    PartialDate date(Dates d) {
        int errorsBefore = report.errorCount();
        Long year = whole(d.year(), "year", Long.MIN_VALUE, Long.MAX_VALUE);
        Long month = whole(d.month(), "month", 1, 12);
        Long day = whole(d.day(), "day", 1, 31);
        Long hour = whole(d.hour(), "hour", 0, 23);
        Long minute = whole(d.minute(), "minute", 0, 59);
        Long second = whole(d.second(), "second", 0, 59);
        Long millis = whole(d.millisecond(), "millisecond", 0, 999);
        if (year == null || report.errorCount() > errorsBefore) {
            return null;
        }
        if (year == 0) {
            at(d.year(), d).error("year 0 does not exist: TimelineJS writes 1 BCE as -1 and 1 CE as 1");
            return null;
        }
        long astro = astronomicalYear(year);
        if (Math.abs(astro) > MAX_YEAR) {
            at(d.year(), d).error("year " + year + " is out of range: expected a year from -" + (MAX_YEAR + 1)
                    + " to " + MAX_YEAR);
            return null;
        }
        if (month == null && day != null) {
            at(d.day(), d).error("a day without a month: give the month too");
            return null;
        }
        boolean time = hour != null || minute != null || second != null;
        if (time && (month == null || day == null)) {
            at(firstPresent(d.hour(), d.minute(), d.second()), d).error("a time without a full date: "
                    + "give the month and the day too");
            return null;
        }
        if (hour == null && (minute != null || second != null)) {
            at(firstPresent(d.minute(), d.second()), d).error("minutes or seconds without an hour");
            return null;
        }
        int y = (int) astro;
        try {
            if (month == null) {
                return PartialDate.ofYear(y);
            }
            if (day == null) {
                return PartialDate.ofMonth(y, month.intValue());
            }
            int length = LocalDate.of(y, month.intValue(), 1).lengthOfMonth();
            if (day > length) {
                at(d.day(), d).error("day " + day + " does not exist in " + DateLabels.monthShort(month.intValue(),
                        Locale.ENGLISH) + " " + DateLabels.year(y) + " (which has " + length + " days)");
                return null;
            }
            if (hour == null) {
                return PartialDate.ofDay(y, month.intValue(), day.intValue());
            }
            report.note("time-zone", d.line(), d.column(), d.path(), "TimelineJS times have no time zone: "
                    + "read as UTC");
            if (millis != null && millis != 0) {
                at(d.millisecond(), d).warning("milliseconds are not kept: the time is read to the second");
            }
            if (second == null) {
                return PartialDate.ofMinute(y, month.intValue(), day.intValue(), hour.intValue(),
                        minute == null ? 0 : minute.intValue(), ZoneOffset.UTC);
            }
            return PartialDate.ofSecond(y, month.intValue(), day.intValue(), hour.intValue(),
                    minute == null ? 0 : minute.intValue(), second.intValue(), ZoneOffset.UTC);
        } catch (InvalidDateException e) {
            report.error(d.line(), d.column(), d.path(), "not a real date: " + e.getMessage());
            return null;
        }
    }

    private static FieldValue firstPresent(FieldValue... values) {
        for (FieldValue v : values) {
            if (!FieldValue.isBlank(v)) {
                return v;
            }
        }
        return null;
    }

    /** A whole number in [min, max] from a number or numeric string; null when blank or bad (reported). */
    private Long whole(FieldValue v, String name, long min, long max) {
        if (FieldValue.isBlank(v)) {
            return null;
        }
        String text = v.text().strip();
        if (v.number() && INTEGRAL_DECIMAL.matcher(text).matches()) {
            text = text.substring(0, text.indexOf('.'));
        }
        if (!WHOLE.matcher(text).matches()) {
            report.error(v.line(), v.column(), v.path(), "\"" + shorten(v.text()) + "\" is not a whole number: "
                    + "expected the " + name + " as digits" + (name.equals("year") ? " (negative for BCE)" : "")
                    + (v.number() ? "" : ", e.g. \"" + example(name) + "\""));
            return null;
        }
        long n = Long.parseLong(text);
        if (n < min || n > max) {
            report.error(v.line(), v.column(), v.path(), name + " " + n + " is out of range: expected " + min + " to "
                    + max);
            return null;
        }
        return n;
    }

    private static String example(String name) {
        return switch (name) {
            case "year" -> "1901";
            case "month" -> "12";
            case "hour" -> "14";
            default -> "5";
        };
    }

    private Located at(FieldValue v, Dates d) {
        return v == null ? new Located(d.line(), d.column(), d.path()) : new Located(v.line(), v.column(), v.path());
    }

    private final class Located {
        final int line;
        final int column;
        final String path;

        Located(int line, int column, String path) {
            this.line = line;
            this.column = column;
            this.path = path;
        }

        void error(String message) {
            report.error(line, column, path, message);
        }

        void warning(String message) {
            report.warning(line, column, path, message);
        }
    }
}
