package org.sightline.model;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Human-readable labels for partial dates that never claim more precision than a value has:
 * {@code 2019}, {@code Dec 2019}, {@code 20 Dec 2019}, {@code 20 Dec 2019, 10:15 UTC}, {@code 44 BCE},
 * {@code May 12 CE}.
 */
public final class DateLabels {

    /** Short month names per locale. */
    private static final Map<Locale, String[]> SHORT_MONTHS = new ConcurrentHashMap<>();

    private DateLabels() {
    }

    /** "2019", "602", or "44 BCE" for the astronomical year -43 (there is no year zero in labels). */
    public static String year(int astronomicalYear) {
        return astronomicalYear <= 0 ? (1 - astronomicalYear) + " BCE" : Integer.toString(astronomicalYear);
    }

    /**
     * The year as it follows a month or a day: as {@link #year}, but "12 CE" for years 1 to 999, where "May 12"
     * would read as the twelfth of May.
     */
    public static String yearAfterMonth(int astronomicalYear) {
        return astronomicalYear >= 1 && astronomicalYear <= 999 ? astronomicalYear + " CE" : year(astronomicalYear);
    }

    /**
     * The month's short name in {@code locale}, looked up once per locale: the timeline's axis asks for
     * dozens on every frame of a zoom, and each JDK lookup builds a formatter.
     */
    public static String monthShort(int month, Locale locale) {
        return SHORT_MONTHS.computeIfAbsent(locale, l -> {
            String[] names = new String[12];
            for (int m = 1; m <= 12; m++) {
                names[m - 1] = Month.of(m).getDisplayName(TextStyle.SHORT, l);
            }
            return names;
        })[month - 1];
    }

    public static String format(PartialDate date, Locale locale) {
        String year = date.precision() == Precision.YEAR ? year(date.year()) : yearAfterMonth(date.year());
        return switch (date.precision()) {
            case YEAR -> year;
            case MONTH -> monthShort(date.month(), locale) + " " + year;
            case DAY -> date.day() + " " + monthShort(date.month(), locale) + " " + year;
            case MINUTE, SECOND -> date.day() + " " + monthShort(date.month(), locale) + " " + year + ", "
                    + clock(date) + " " + offsetLabel(date);
        };
    }

    /**
     * A start–end label, or just the start when there is no end. Two times of the same day in the same offset
     * name the day once: "6 May 2020, 09:53 – 10:56 UTC".
     */
    public static String range(PartialDate start, PartialDate end, Locale locale) {
        if (end == null) {
            return format(start, locale);
        }
        if (timed(start) && timed(end) && start.year() == end.year() && start.month() == end.month()
                && start.day() == end.day() && start.offset().equals(end.offset())) {
            return start.day() + " " + monthShort(start.month(), locale) + " " + yearAfterMonth(start.year()) + ", "
                    + clock(start) + " – " + clock(end) + " " + offsetLabel(end);
        }
        return format(start, locale) + " – " + format(end, locale);
    }

    private static boolean timed(PartialDate date) {
        return date.precision() == Precision.MINUTE || date.precision() == Precision.SECOND;
    }

    private static String clock(PartialDate date) {
        return two(date.hour()) + ":" + two(date.minute())
                + (date.precision() == Precision.SECOND ? ":" + two(date.second()) : "");
    }

    private static String offsetLabel(PartialDate date) {
        int seconds = date.offset().getTotalSeconds();
        return seconds == 0 ? "UTC" : "UTC" + date.offset().getId();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
