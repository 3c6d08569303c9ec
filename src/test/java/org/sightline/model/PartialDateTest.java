package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static long utc(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void yearPrecisionCoversTheWholeYear() {
        PartialDate d = PartialDate.parse("2019");
        assertEquals(Precision.YEAR, d.precision());
        assertEquals(utc("2019-01-01T00:00:00Z"), d.startMillis());
        assertEquals(utc("2020-01-01T00:00:00Z"), d.endMillis());
    }

    @Test
    void monthPrecisionCoversTheWholeMonthNotTheFirst() {
        PartialDate d = PartialDate.parse("2019-12");
        assertEquals(Precision.MONTH, d.precision());
        assertEquals(utc("2019-12-01T00:00:00Z"), d.startMillis());
        assertEquals(utc("2020-01-01T00:00:00Z"), d.endMillis());
        assertEquals("Dec 2019", DateLabels.format(d, Locale.ENGLISH));
    }

    @Test
    void februaryOfALeapYearHas29Days() {
        PartialDate d = PartialDate.parse("2024-02");
        assertEquals(29L * 86_400_000L, d.endMillis() - d.startMillis());
    }

    @Test
    void dateOnlyValueIsACalendarDayNeverShiftedByTimeZone() {
        PartialDate d = PartialDate.parse("2024-12-04");
        assertEquals(utc("2024-12-04T00:00:00Z"), d.startMillis());
        assertEquals(utc("2024-12-05T00:00:00Z"), d.endMillis());
        assertEquals(null, d.offset());
        assertEquals("4 Dec 2024", DateLabels.format(d, Locale.ENGLISH));
    }

    @Test
    void valueWithOffsetBecomesAnInstantAndKeepsMinutePrecision() {
        PartialDate d = PartialDate.parse("2017-09-03T12:30+09:00");
        assertEquals(Precision.MINUTE, d.precision());
        assertEquals(utc("2017-09-03T03:30:00Z"), d.startMillis());
        assertEquals(60_000L, d.endMillis() - d.startMillis());
        assertEquals("2017-09-03T12:30+09:00", d.toIso());
        assertEquals("3 Sep 2017, 12:30 UTC+09:00", DateLabels.format(d, Locale.ENGLISH));
    }

    @Test
    void secondPrecisionWithZulu() {
        PartialDate d = PartialDate.parse("2019-12-20T10:15:30Z");
        assertEquals(Precision.SECOND, d.precision());
        assertEquals(utc("2019-12-20T10:15:30Z"), d.startMillis());
        assertEquals("2019-12-20T10:15:30Z", d.toIso());
    }

    @Test
    void yearsBelowOneThousandAreRepresentable() {
        PartialDate d = PartialDate.parse("0602");
        assertEquals(602, d.year());
        assertEquals("602", DateLabels.format(d, Locale.ENGLISH));
        assertEquals("0602", d.toIso());
    }

    @Test
    void negativeAstronomicalYearsAreBce() {
        PartialDate d = PartialDate.parse("-0043-03-15");
        assertEquals(-43, d.year());
        assertEquals("15 Mar 44 BCE", DateLabels.format(d, Locale.ENGLISH));
        assertEquals("-0043-03-15", d.toIso());
        assertTrue(d.startMillis() < PartialDate.parse("0001").startMillis());
    }

    @Test
    void yearZeroIsOneBce() {
        assertEquals("1 BCE", DateLabels.format(PartialDate.parse("0000"), Locale.ENGLISH));
        // A month or a day before a year under 1000 would read as a date of the month without its era.
        assertEquals("Jan 1 CE", DateLabels.format(PartialDate.parse("0001-01"), Locale.ENGLISH));
        assertEquals("May 12 CE", DateLabels.format(PartialDate.parse("0012-05"), Locale.ENGLISH));
        assertEquals("3 May 12 CE", DateLabels.format(PartialDate.parse("0012-05-03"), Locale.ENGLISH));
        assertEquals("Mar 999 CE", DateLabels.format(PartialDate.parse("0999-03"), Locale.ENGLISH));
        assertEquals("Mar 1000", DateLabels.format(PartialDate.parse("1000-03"), Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2019-12", "2019-12-20", "2019-12-20T10:15Z", "2019-12-20T10:15:07-05:00",
            "0099", "-0500", "+12000"})
    void isoTextRoundTrips(String text) {
        assertEquals(text, PartialDate.parse(text).toIso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13-01", "2019-00", "2023-02-29", "2019-04-31", "2019-12-20T24:00Z",
            "2019-12-20T10:15", "20191220", "Dec 2019", "", "12019", "2019-1-2"})
    void impossibleOrMalformedDatesAreRejectedWithAReason(String text) {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().startsWith("is not") || e.getMessage().startsWith("is missing"), e.getMessage());
    }

    @Test
    void impossibleDayMessageSaysHowLongTheMonthIs() {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> PartialDate.parse("2023-02-29"));
        assertEquals("is not a date: day 29 does not exist in 2023-02 (which has 28 days)", e.getMessage());
    }

    @Test
    void coarserPeriodSortsBeforeFinerOneThatStartsTogether() {
        PartialDate month = PartialDate.parse("2019-12");
        PartialDate day = PartialDate.parse("2019-12-01");
        assertTrue(month.compareTo(day) < 0);
    }

    @Test
    void rangeLabelJoinsBothEndsAtTheirOwnPrecision() {
        assertEquals("Sep 2023 – 1 Oct 2024", DateLabels.range(PartialDate.parse("2023-09"),
                PartialDate.parse("2024-10-01"), Locale.ENGLISH));
    }

    @org.junit.jupiter.api.Test
    void aRangeWithinOneDayNamesTheDayOnce() {
        PartialDate from = PartialDate.parse("2020-05-06T09:53Z");
        PartialDate to = PartialDate.parse("2020-05-06T10:56Z");
        assertEquals("6 May 2020, 09:53 – 10:56 UTC", DateLabels.range(from, to, Locale.ENGLISH));
        assertEquals("6 May 2020, 23:00 UTC – 7 May 2020, 01:00 UTC", DateLabels.range(
                PartialDate.parse("2020-05-06T23:00Z"), PartialDate.parse("2020-05-07T01:00Z"), Locale.ENGLISH),
                "across midnight both days are named");
        assertEquals("6 May 2020 – 7 May 2020", DateLabels.range(PartialDate.parse("2020-05-06"),
                PartialDate.parse("2020-05-07"), Locale.ENGLISH), "days keep their own labels");
    }
}
