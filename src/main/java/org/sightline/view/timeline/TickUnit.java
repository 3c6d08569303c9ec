package org.sightline.view.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.sightline.model.DateLabels;

/**
 * The ladder of axis steps, coarse to fine, from millennia to minutes. Steps are calendar steps on the
 * UTC axis: years and months follow the calendar, day steps restart on the 1st of each month so day
 * ticks line up with month ticks.
 */
public enum TickUnit implements TickStep {
    YEARS_1000(Field.YEAR, 1000), YEARS_500(Field.YEAR, 500), YEARS_200(Field.YEAR, 200),
    YEARS_100(Field.YEAR, 100), YEARS_50(Field.YEAR, 50), YEARS_20(Field.YEAR, 20), YEARS_10(Field.YEAR, 10),
    YEARS_5(Field.YEAR, 5), YEARS_2(Field.YEAR, 2), YEAR(Field.YEAR, 1),
    MONTHS_6(Field.MONTH, 6), MONTHS_3(Field.MONTH, 3), MONTH(Field.MONTH, 1),
    DAYS_10(Field.DAY, 10), DAYS_5(Field.DAY, 5), DAYS_2(Field.DAY, 2), DAY(Field.DAY, 1),
    HOURS_12(Field.HOUR, 12), HOURS_6(Field.HOUR, 6), HOURS_3(Field.HOUR, 3), HOUR(Field.HOUR, 1),
    MINUTES_30(Field.MINUTE, 30), MINUTES_15(Field.MINUTE, 15), MINUTES_10(Field.MINUTE, 10),
    MINUTES_5(Field.MINUTE, 5), MINUTE(Field.MINUTE, 1);

    /** The calendar field a unit steps in. */
    public enum Field { YEAR, MONTH, DAY, HOUR, MINUTE }

    static final long MINUTE_MS = 60_000L;
    static final long HOUR_MS = 3_600_000L;
    static final long DAY_MS = 86_400_000L;

    private final Field field;
    private final int step;

    TickUnit(Field field, int step) {
        this.field = field;
        this.step = step;
    }

    public Field field() {
        return field;
    }

    public int step() {
        return step;
    }

    /** Typical length of one step (a month counts as 30.44 days), only for choosing candidates. */
    public double nominalMillis() {
        return switch (field) {
            case YEAR -> step * 365.2425 * DAY_MS;
            case MONTH -> step * 30.436875 * DAY_MS;
            case DAY -> step * (double) DAY_MS;
            case HOUR -> step * (double) HOUR_MS;
            case MINUTE -> step * (double) MINUTE_MS;
        };
    }

    /** The last tick at or before {@code millis}. */
    @Override
    public long floor(long millis) {
        long day = Math.floorDiv(millis, DAY_MS);
        switch (field) {
            case YEAR -> {
                return startOfYear(yearTickAtOrBefore(LocalDate.ofEpochDay(day).getYear(), step));
            }
            case MONTH -> {
                LocalDate d = LocalDate.ofEpochDay(day);
                int month0 = (d.getMonthValue() - 1) / step * step;
                return LocalDate.of(d.getYear(), month0 + 1, 1).toEpochDay() * DAY_MS;
            }
            case DAY -> {
                LocalDate d = LocalDate.ofEpochDay(day);
                int dom = 1 + (d.getDayOfMonth() - 1) / step * step;
                return d.withDayOfMonth(dom).toEpochDay() * DAY_MS;
            }
            case HOUR -> {
                return Math.floorDiv(millis, step * HOUR_MS) * step * HOUR_MS;
            }
            default -> {
                return Math.floorDiv(millis, step * MINUTE_MS) * step * MINUTE_MS;
            }
        }
    }

    /** The tick after {@code tick} (which must be a tick of this unit). */
    @Override
    public long next(long tick) {
        switch (field) {
            case YEAR -> {
                return startOfYear(yearTickAfter(LocalDate.ofEpochDay(Math.floorDiv(tick, DAY_MS)).getYear(), step));
            }
            case MONTH -> {
                return LocalDate.ofEpochDay(Math.floorDiv(tick, DAY_MS)).plusMonths(step).toEpochDay() * DAY_MS;
            }
            case DAY -> {
                LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(tick, DAY_MS));
                LocalDate n = d.plusDays(step);
                if (n.getMonthValue() != d.getMonthValue() || n.getYear() != d.getYear()) {
                    n = d.withDayOfMonth(1).plusMonths(1);
                }
                return n.toEpochDay() * DAY_MS;
            }
            case HOUR -> {
                return tick + step * HOUR_MS;
            }
            default -> {
                return tick + step * MINUTE_MS;
            }
        }
    }

    /**
     * The year tick (astronomical year) at or before {@code year} for a step of {@code step} years. The
     * calendar has no year 0: before the common era ticks fall on round BCE years (100 BCE is the astronomical
     * year -99), the era starts with a tick at year 1, and later ticks fall on round years (100, 200). A step of
     * one year ticks every year.
     */
    static int yearTickAtOrBefore(int year, int step) {
        if (step == 1 || year >= step) {
            return Math.floorDiv(year, step) * step;
        }
        if (year >= 1) {
            return 1;
        }
        int bce = 1 - year; // 1 for the astronomical year 0
        return 1 - Math.floorDiv(bce + step - 1, step) * step;
    }

    /** The year tick after the tick at {@code tick} (see {@link #yearTickAtOrBefore}). */
    static int yearTickAfter(int tick, int step) {
        if (step == 1 || tick >= step) {
            return tick + step;
        }
        if (tick >= 1) {
            return step; // from year 1 to the first round year
        }
        int bce = 1 - tick - step;
        return bce >= 1 ? 1 - bce : 1;
    }

    private static long startOfYear(int year) {
        return LocalDate.of(year, 1, 1).toEpochDay() * DAY_MS;
    }

    /** The label of the tick at {@code tick}: "2019", "Dec", "20", "14:00". */
    @Override
    public String label(long tick, Locale locale) {
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(tick, DAY_MS));
        return switch (field) {
            case YEAR -> DateLabels.year(d.getYear());
            case MONTH -> DateLabels.monthShort(d.getMonthValue(), locale);
            case DAY -> Integer.toString(d.getDayOfMonth());
            case HOUR, MINUTE -> clock(tick);
        };
    }

    /** The unit of the second (upper) axis row that gives this unit its context. */
    public MajorUnit major() {
        return switch (field) {
            case YEAR -> step >= 1000 ? MajorUnit.TEN_MILLENNIA : step >= 100 ? MajorUnit.MILLENNIUM
                    : step >= 10 ? MajorUnit.CENTURY : MajorUnit.DECADE;
            case MONTH -> MajorUnit.YEAR;
            case DAY -> MajorUnit.MONTH;
            case HOUR, MINUTE -> MajorUnit.DAY;
        };
    }

    private static String clock(long millis) {
        long minuteOfDay = Math.floorMod(millis, DAY_MS) / MINUTE_MS;
        long h = minuteOfDay / 60;
        long m = minuteOfDay % 60;
        return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
    }

    /** Units of the upper row: boundaries and their labels. */
    public enum MajorUnit implements TickStep {
        /** Above millennium ticks, so that the upper row does not repeat the lower one. */
        TEN_MILLENNIA, MILLENNIUM, CENTURY, DECADE, YEAR, MONTH, DAY;

        @Override
        public long floor(long millis) {
            return switch (this) {
                case TEN_MILLENNIA -> startOfYear(
                        yearTickAtOrBefore(LocalDate.ofEpochDay(Math.floorDiv(millis, DAY_MS)).getYear(), 10_000));
                case MILLENNIUM -> YEARS_1000.floor(millis);
                case CENTURY -> YEARS_100.floor(millis);
                case DECADE -> YEARS_10.floor(millis);
                case YEAR -> TickUnit.YEAR.floor(millis);
                case MONTH -> TickUnit.MONTH.floor(millis);
                case DAY -> Math.floorDiv(millis, DAY_MS) * DAY_MS;
            };
        }

        @Override
        public long next(long boundary) {
            return switch (this) {
                case TEN_MILLENNIA -> startOfYear(
                        yearTickAfter(LocalDate.ofEpochDay(Math.floorDiv(boundary, DAY_MS)).getYear(), 10_000));
                case MILLENNIUM -> YEARS_1000.next(boundary);
                case CENTURY -> YEARS_100.next(boundary);
                case DECADE -> YEARS_10.next(boundary);
                case YEAR -> TickUnit.YEAR.next(boundary);
                case MONTH -> TickUnit.MONTH.next(boundary);
                case DAY -> boundary + DAY_MS;
            };
        }

        /** "Sep 2022" for a month whose full name does not fit. */
        @Override
        public String shortLabel(long boundary, Locale locale) {
            if (this != MONTH) {
                return label(boundary, locale);
            }
            LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(boundary, DAY_MS));
            return DateLabels.monthShort(d.getMonthValue(), locale) + " " + DateLabels.yearAfterMonth(d.getYear());
        }

        /**
         * "Sep" for a month, "4 Oct" for a day: the year is in the next period's label; "’17" for a year of four
         * digits, its century in the next year's.
         */
        @Override
        public String edgeLabel(long boundary, Locale locale) {
            LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(boundary, DAY_MS));
            return switch (this) {
                case YEAR -> d.getYear() >= 1000 && d.getYear() <= 9999
                        ? "\u2019" + Integer.toString(d.getYear()).substring(2) : label(boundary, locale);
                case MONTH -> DateLabels.monthShort(d.getMonthValue(), locale);
                case DAY -> d.getDayOfMonth() + " " + DateLabels.monthShort(d.getMonthValue(), locale);
                default -> shortLabel(boundary, locale);
            };
        }

        /** "2010s", "2022", "December 2022", "20 Dec 2022". */
        @Override
        public String label(long boundary, Locale locale) {
            LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(boundary, DAY_MS));
            return switch (this) {
                // "2010s"; the first period of the era, from year 1, and those before it by their first year
                case TEN_MILLENNIA, MILLENNIUM, CENTURY, DECADE -> d.getYear() > 1 ? d.getYear() + "s"
                        : DateLabels.year(d.getYear());
                case YEAR -> DateLabels.year(d.getYear());
                case MONTH -> Month.of(d.getMonthValue()).getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                        + DateLabels.yearAfterMonth(d.getYear());
                case DAY -> d.getDayOfMonth() + " " + DateLabels.monthShort(d.getMonthValue(), locale) + " "
                        + DateLabels.yearAfterMonth(d.getYear());
            };
        }
    }
}
