package org.sightline.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.model.InvalidDateException;
import org.sightline.model.PartialDate;

/**
 * Reads the date strings of JavaScript timeline data: ISO-8601 with astronomical years ({@code 2019},
 * {@code 2019-12}, {@code 2019-12-20}, {@code -000043-03-15}, {@code 2019-12-20T10:15:00.000Z},
 * {@code 2019-12-20 10:15+09:00}), and epoch milliseconds. A date without a time stays a calendar date
 * (never shifted by a time zone); a time with an offset is an instant; a time without one is read as
 * UTC and flagged.
 */
final class IsoDateText {

    private static final Pattern ISO = Pattern.compile("([+-]\\d{4,9}|\\d{4})(?:-(\\d{2})(?:-(\\d{2})"
            + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    /** A parsed value and what was changed to fit it: no offset given, fraction of a second dropped. */
    record Parsed(PartialDate date, boolean noOffset, boolean fractionDropped) {
    }

    private IsoDateText() {
    }

    /**
     * Parses an ISO-8601 text.
     *
     * @throws InvalidDateException saying what was expected
     */
    static Parsed parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidDateException("is not a date: expected ISO-8601 such as 2019, 2019-12, 2019-12-20 or "
                    + "2019-12-20T10:15:00Z, or milliseconds since 1970 as a number");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new Parsed(PartialDate.ofYear(year), false, false);
            }
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidDateException("is not a date: month " + m.group(2) + " is not between 01 and 12");
            }
            if (m.group(3) == null) {
                return new Parsed(PartialDate.ofMonth(year, month), false, false);
            }
            int day = Integer.parseInt(m.group(3));
            int length = LocalDate.of(year, month, 1).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new InvalidDateException("is not a date: day " + m.group(3) + " does not exist in that month "
                        + "(which has " + length + " days)");
            }
            if (m.group(4) == null) {
                return new Parsed(PartialDate.ofDay(year, month, day), false, false);
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? -1 : Integer.parseInt(m.group(6));
            if (hour > 23 || minute > 59 || second > 59) {
                throw new InvalidDateException("is not a date: the time " + m.group(4) + ":" + m.group(5)
                        + (second >= 0 ? ":" + m.group(6) : "") + " does not exist");
            }
            boolean fraction = m.group(7) != null && !m.group(7).matches("0+");
            String zone = m.group(8);
            ZoneOffset offset = zone == null || zone.equalsIgnoreCase("z") ? ZoneOffset.UTC : offset(zone);
            PartialDate date = second < 0
                    ? PartialDate.ofMinute(year, month, day, hour, minute, offset)
                    : PartialDate.ofSecond(year, month, day, hour, minute, second, offset);
            return new Parsed(date, zone == null, fraction);
        } catch (NumberFormatException e) {
            throw new InvalidDateException("is not a date: the year is out of range");
        }
    }

    private static ZoneOffset offset(String text) {
        String t = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
        try {
            return ZoneOffset.of(t);
        } catch (DateTimeException e) {
            throw new InvalidDateException("is not a date: the offset " + text + " is not valid");
        }
    }

    /** Epoch milliseconds → the instant, to the second, in UTC. */
    static Parsed epochMillis(long millis) {
        try {
            ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
            return new Parsed(PartialDate.ofSecond(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
                    t.getMinute(), t.getSecond(), ZoneOffset.UTC), false, millis % 1000 != 0);
        } catch (DateTimeException e) {
            throw new InvalidDateException("is out of range for a date");
        }
    }
}
