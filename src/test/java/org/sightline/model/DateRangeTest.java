package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
