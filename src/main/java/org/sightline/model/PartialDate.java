package org.sightline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 date with reduced precision: {@code 2019}, {@code 2019-12}, {@code 2019-12-20},
 * {@code 2019-12-20T10:15Z} or with seconds. Years are astronomical ({@code 0000} is 1 BCE).
 * <p>
 * A calendar value (year, month, day) is a period on the UTC time axis and is never shifted by a time
 * zone; a value with a time and an offset is an instant. {@link #startMillis()} and {@link #endMillis()}
 * bound the whole period, so a month-precision value covers the whole month.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile(
            "([+-]?\\d{4,9})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    private final int year;
    private final int month;
    private final int day;
    private final int hour;
    private final int minute;
    private final int second;
    private final ZoneOffset offset;
    private final Precision precision;
    private final long startMillis;
    private final long endMillis;

    private PartialDate(int year, int month, int day, int hour, int minute, int second,
                        ZoneOffset offset, Precision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.offset = offset;
        this.precision = precision;
        try {
            switch (precision) {
                case YEAR -> {
                    startMillis = dayMillis(LocalDate.of(year, 1, 1));
                    endMillis = dayMillis(LocalDate.of(year, 1, 1).plusYears(1));
                }
                case MONTH -> {
                    startMillis = dayMillis(LocalDate.of(year, month, 1));
                    endMillis = dayMillis(LocalDate.of(year, month, 1).plusMonths(1));
                }
                case DAY -> {
                    startMillis = dayMillis(LocalDate.of(year, month, day));
                    endMillis = startMillis + 86_400_000L;
                }
                default -> {
                    long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(offset);
                    startMillis = epochSecond * 1000L;
                    endMillis = startMillis + (precision == Precision.MINUTE ? 60_000L : 1_000L);
                }
            }
        } catch (DateTimeException e) {
            throw new InvalidDateException("is not a real date (" + e.getMessage() + ")");
        }
    }

    private static long dayMillis(LocalDate date) {
        return date.toEpochDay() * 86_400_000L;
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, 0, 0, 0, null, Precision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, 0, 0, 0, null, Precision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, 0, 0, 0, null, Precision.DAY);
    }

    public static PartialDate ofMinute(int year, int month, int day, int hour, int minute, ZoneOffset offset) {
        return new PartialDate(year, month, day, hour, minute, 0, Objects.requireNonNull(offset), Precision.MINUTE);
    }

    public static PartialDate ofSecond(int year, int month, int day, int hour, int minute, int second,
                                       ZoneOffset offset) {
        return new PartialDate(year, month, day, hour, minute, second, Objects.requireNonNull(offset),
                Precision.SECOND);
    }

    /**
     * Parses a partial ISO-8601 date.
     *
     * @throws InvalidDateException with a message that says what was expected
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new InvalidDateException("is missing: expected a date such as 2019, 2019-12 or 2019-12-20");
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidDateException("is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD "
                    + "or YYYY-MM-DDThh:mm followed by Z or an offset such as +09:00");
        }
        String yearText = m.group(1);
        boolean signed = yearText.startsWith("+") || yearText.startsWith("-");
        if (!signed && yearText.length() > 4) {
            throw new InvalidDateException("is not a date: a year with more than four digits needs a sign (+ or -)");
        }
        int year = Integer.parseInt(yearText);
        if (m.group(2) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidDateException("is not a date: month " + m.group(2) + " is not between 01 and 12");
        }
        if (m.group(3) == null) {
            return ofMonth(year, month);
        }
        int day = Integer.parseInt(m.group(3));
        int length = LocalDate.of(year, month, 1).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new InvalidDateException("is not a date: day " + m.group(3) + " does not exist in "
                    + year + "-" + m.group(2) + " (which has " + length + " days)");
        }
        if (m.group(4) == null) {
            return ofDay(year, month, day);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        if (hour > 23 || minute > 59) {
            throw new InvalidDateException("is not a date: time " + m.group(4) + ":" + m.group(5) + " does not exist");
        }
        ZoneOffset offset;
        try {
            offset = ZoneOffset.of(m.group(7));
        } catch (DateTimeException e) {
            throw new InvalidDateException("is not a date: offset " + m.group(7) + " is not valid");
        }
        if (m.group(6) == null) {
            return ofMinute(year, month, day, hour, minute, offset);
        }
        int second = Integer.parseInt(m.group(6));
        if (second > 59) {
            throw new InvalidDateException("is not a date: second " + m.group(6) + " does not exist");
        }
        return ofSecond(year, month, day, hour, minute, second, offset);
    }

    public Precision precision() {
        return precision;
    }

    /** Astronomical year: 0 is 1 BCE, -43 is 44 BCE. */
    public int year() {
        return year;
    }

    /** Month 1–12, or 0 at year precision. */
    public int month() {
        return month;
    }

    /** Day of month, or 0 at year or month precision. */
    public int day() {
        return day;
    }

    public int hour() {
        return hour;
    }

    public int minute() {
        return minute;
    }

    public int second() {
        return second;
    }

    /** The offset of an instant, or null for a calendar value. */
    public ZoneOffset offset() {
        return offset;
    }

    /** First millisecond (UTC axis) of the period this value covers. */
    public long startMillis() {
        return startMillis;
    }

    /** First millisecond after the period this value covers (exclusive end). */
    public long endMillis() {
        return endMillis;
    }

    /** The ISO-8601 text of this value at its precision, as written in native files. */
    public String toIso() {
        StringBuilder sb = new StringBuilder(25);
        if (year < 0) {
            sb.append('-').append(pad(-year, 4));
        } else if (year > 9999) {
            sb.append('+').append(year);
        } else {
            sb.append(pad(year, 4));
        }
        if (precision == Precision.YEAR) {
            return sb.toString();
        }
        sb.append('-').append(pad(month, 2));
        if (precision == Precision.MONTH) {
            return sb.toString();
        }
        sb.append('-').append(pad(day, 2));
        if (precision == Precision.DAY) {
            return sb.toString();
        }
        sb.append('T').append(pad(hour, 2)).append(':').append(pad(minute, 2));
        if (precision == Precision.SECOND) {
            sb.append(':').append(pad(second, 2));
        }
        sb.append(offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
        return sb.toString();
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** Orders by start, then the coarser (longer) period first. */
    @Override
    public int compareTo(PartialDate other) {
        int c = Long.compare(startMillis, other.startMillis);
        return c != 0 ? c : Long.compare(other.endMillis, endMillis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && precision == p.precision && startMillis == p.startMillis
                && Objects.equals(offset, p.offset);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(startMillis) * 31 + precision.hashCode();
    }

    @Override
    public String toString() {
        return toIso();
    }
}
