package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * TimeWindow.DAY;
    }

    @Test
    void monthPrecisionEndRunsThroughTheWholeMonth() {
        DateRange r = new DateRange(PartialDate.parse("2019-01"), PartialDate.parse("2025-01"));
        assertEquals(new TimeWindow(day(2019, 1, 1), day(2025, 2, 1)), r.window());
        assertEquals("Jan 2019 – Jan 2025", r.label(Locale.ENGLISH));
    }

    @Test
    void aWindowOnYearBoundariesIsLabelledInYears() {
        assertEquals("2019 – 2024", DateRange.covering(new TimeWindow(day(2019, 1, 1), day(2025, 1, 1)))
                .label(Locale.ENGLISH));
    }

    @Test
    void aWindowInsideMonthsIsRoundedOutOnlyAsFarAsIsHonest() {
        DateRange months = DateRange.covering(new TimeWindow(day(2019, 3, 14), day(2024, 10, 25)));
        assertEquals("Mar 2019 – Oct 2024", months.label(Locale.ENGLISH));
        DateRange days = DateRange.covering(new TimeWindow(day(2022, 12, 10), day(2022, 12, 20)));
        assertEquals("10 Dec 2022 – 19 Dec 2022", days.label(Locale.ENGLISH));
    }

    @Test
    void aWindowOfMinutesKeepsMinutesInUtc() {
        long start = day(2024, 7, 28) + 9 * 3_600_000L + 15 * 60_000L;
        DateRange r = DateRange.covering(new TimeWindow(start, start + 40 * 60_000L));
        assertEquals("2024-07-28T09:15Z", r.from().toIso());
        assertEquals("2024-07-28T09:54Z", r.to().toIso());
    }
    @Test
    void aTypedDateIsItsWholePeriod() {
        assertEquals(new TimeWindow(day(2022, 1, 1), day(2023, 1, 1)), DateRange.parse("2022").window());
        assertEquals(new TimeWindow(day(2023, 9, 1), day(2023, 10, 1)), DateRange.parse(" 2023-09 ").window());
        assertEquals(new TimeWindow(day(2023, 9, 25), day(2023, 9, 26)), DateRange.parse("2023-09-25").window());
    }

    @Test
    void twoTypedDatesRunFromTheStartOfOneThroughTheEndOfTheOther() {
        TimeWindow expected = new TimeWindow(day(2021, 1, 1), day(2024, 1, 1));
        for (String text : new String[] {"2021..2023", "2021 – 2023", "2021—2023", "2021 to 2023", "2021 - 2023", "2021-2023"}) {
            assertEquals(expected, DateRange.parse(text).window(), text);
        }
        assertEquals(new TimeWindow(day(2022, 11, 1), day(2023, 2, 1)), DateRange.parse("2022-11..2023-01").window());
        assertEquals(PartialDate.parse("-0043"), DateRange.parse("-0043..0014").from(), "a year's own sign is not a dash");
    }

    @Test
    void whatIsNotARangeSaysWhichPartAndWhatWasExpected() {
        assertEquals("\"2023-13\" is not a date: month 13 is not between 01 and 12",
                assertThrows(InvalidDateException.class, () -> DateRange.parse("2023-13")).getMessage());
        assertEquals("\"soon\" is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm followed by Z or"
                + " an offset such as +09:00", assertThrows(InvalidDateException.class,
                        () -> DateRange.parse("2022..soon")).getMessage());
        assertEquals("ends before it starts: 2019 is before 2023",
                assertThrows(InvalidDateException.class, () -> DateRange.parse("2023..2019")).getMessage());
        assertTrue(assertThrows(InvalidDateException.class, () -> DateRange.parse("  ")).getMessage()
                .startsWith("is empty: type a year"));
        assertTrue(assertThrows(InvalidDateException.class, () -> DateRange.parse("2020..2021..2022")).getMessage()
                .startsWith("has more than two dates"));
    }
}
