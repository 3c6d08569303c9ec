package org.sightline.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A time range given by two partial dates, each at its own precision: {@code 2019-01 … 2025-01} runs from
 * the start of January 2019 through the end of January 2025. Its text never claims more precision than it has.
 */
public record DateRange(PartialDate from, PartialDate to) {

    /** Largest widening accepted when a window is rounded out to a coarser precision. */
    private static final double SNAP_TOLERANCE = 0.02;

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.endMillis() <= from.startMillis()) {
            throw new IllegalArgumentException("the range must end after it starts: " + from + " … " + to);
        }
    }

    /** What separates the two ends of a typed range: "2021..2023", "2021 – 2023", "2021 to 2023", "2021 - 2023". */
    private static final Pattern YEARS = Pattern.compile("\\d{4}-\\d{4}");
    private static final Pattern SEPARATOR = Pattern.compile("\\.\\.|\\s*[–—]\\s*|\\s+to\\s+|\\s+-\\s+");

    /**
     * A range as a person types it: one partial date ("2022", "2023-09", "2023-09-25": that whole period) or two
     * joined by "..", a dash or "to" ("2021..2023": from the start of 2021 through the end of 2023).
     *
     * @throws InvalidDateException naming the part that is not a date and what was expected, or an end before
     *         the start
     */
    public static DateRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidDateException("is empty: type a year, a month or a day (2022, 2023-09, 2023-09-25), "
                    + "or two of them such as 2021..2023");
        }
        // "2021-2023" cannot be a date (a month has two digits), so it is the years 2021 through 2023.
        String[] ends = YEARS.matcher(t).matches() ? t.split("-") : SEPARATOR.split(t, -1);
        if (ends.length > 2) {
            throw new InvalidDateException("has more than two dates: expected one, or two such as 2021..2023");
        }
        PartialDate from = end(ends[0]);
        PartialDate to = ends.length == 2 ? end(ends[1]) : from;
        if (to.endMillis() <= from.startMillis()) {
            throw new InvalidDateException("ends before it starts: " + ends[1].strip() + " is before " + ends[0].strip());
        }
        return new DateRange(from, to);
    }

    private static PartialDate end(String text) {
        try {
            return PartialDate.parse(text);
        } catch (InvalidDateException e) {
            throw new InvalidDateException("\"" + text.strip() + "\" " + e.getMessage());
        }
    }

    /** The half-open window from the start of {@code from} to the end of {@code to}. */
    public TimeWindow window() {
        return new TimeWindow(from.startMillis(), to.endMillis());
    }

    /** "Jan 2019 – Jan 2025", or one label when both ends are the same period. */
    public String label(Locale locale) {
        return from.equals(to) ? DateLabels.format(from, locale) : DateLabels.range(from, to, locale);
    }

    /**
     * The range at the coarsest precision (year, month, day, minute) that covers {@code window} while
     * widening it by at most 2%, so a window of six years reads "2019 – 2024" rather than odd minutes.
     */
    public static DateRange covering(TimeWindow window) {
        for (Precision p : new Precision[] {Precision.YEAR, Precision.MONTH, Precision.DAY}) {
            DateRange r = new DateRange(floor(window.startMillis(), p), floor(window.endMillis() - 1, p));
            long widened = r.window().duration() - window.duration();
            if (widened <= SNAP_TOLERANCE * window.duration()) {
                return r;
            }
        }
        return new DateRange(floor(window.startMillis(), Precision.MINUTE), floor(window.endMillis() - 1, Precision.MINUTE));
    }

    /** The period of precision {@code p} (UTC) that contains the instant. */
    static PartialDate floor(long epochMillis, Precision p) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000L), 0, ZoneOffset.UTC);
        return switch (p) {
            case YEAR -> PartialDate.ofYear(t.getYear());
            case MONTH -> PartialDate.ofMonth(t.getYear(), t.getMonthValue());
            case DAY -> PartialDate.ofDay(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
            default -> PartialDate.ofMinute(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
                    t.getMinute(), ZoneOffset.UTC);
        };
    }
}
