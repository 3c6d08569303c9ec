package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.model.TimeWindow;

class AxisTicksTest {

    /** A deterministic font: 7 px per character. */
    static final TextMeasurer SEVEN_PX = s -> s.length() * 7.0;

    private static final long DAY = TimeWindow.DAY;

    @Test
    void labelsNeverOverlapOrClipAcrossZoomLevelsAndWidths() {
        long centre = LocalDate.of(2022, 11, 30).toEpochDay() * DAY + 13 * 3_600_000L;
        int levels = 0;
        for (double duration = 20 * 60_000.0; duration < 1500 * TimeWindow.YEAR; duration *= 1.6) {
            levels++;
            for (double width : new double[] {240, 600, 1000, 1600, 3840}) {
                long start = centre - Math.round(duration / 2);
                TimeScale scale = new TimeScale(new TimeWindow(start, start + Math.round(duration)), 30, width);
                AxisTicks.Layout axis = AxisTicks.layout(scale, SEVEN_PX, Locale.UK, 4);
                String where = "duration " + Math.round(duration) + " ms, width " + width + ", unit " + axis.unit();
                assertNoOverlap(axis.minor(), scale, where + " (lower row)");
                assertNoOverlap(axis.major(), scale, where + " (upper row)");
                assertFalse(axis.minor().isEmpty() && axis.major().isEmpty(), where + ": no labels at all");
                if (width >= 600) {
                    assertTrue(axis.minor().size() >= 2, where + ": too few labels " + axis.minor());
                }
            }
        }
        assertTrue(levels >= 30, "only " + levels + " zoom levels");
    }

    /**
     * The upper row is drawn in bold, wider than the lower row's type: measured as drawn, its labels keep their
     * padding apart, the one held at the left edge too ("Sep 2024" never runs into "Oct 2024").
     */
    @Test
    void upperRowLabelsMeasuredInTheirOwnWiderTypeKeepClearOfEachOther() {
        TextMeasurer nine = s -> s.length() * 9.0;
        double padding = 4;
        int sticky = 0;
        for (double duration = 2 * TimeWindow.DAY; duration < 300 * TimeWindow.YEAR; duration *= 1.6) {
            for (double width : new double[] {600, 1000, 1432}) {
                for (int shift = 0; shift < 40; shift++) { // windows starting at every point of a period
                    long start = LocalDate.of(2024, 1, 1).toEpochDay() * DAY + Math.round(duration * shift / 40);
                    TimeScale scale = new TimeScale(new TimeWindow(start, start + Math.round(duration)), 30, width);
                    AxisTicks.Layout axis = AxisTicks.layout(scale, SEVEN_PX, nine, Locale.UK, padding);
                    List<AxisTicks.Label> major = axis.major();
                    for (int i = 0; i < major.size(); i++) {
                        AxisTicks.Label l = major.get(i);
                        String where = "duration " + Math.round(duration) + ", width " + width + ": " + major;
                        assertEquals(nine.width(l.text()), l.width(), 1e-9, where);
                        assertTrue(l.right() <= scale.x1() + 1e-9, where);
                        if (i > 0) {
                            assertTrue(major.get(i - 1).right() + 2 * padding <= l.x() + 1e-9, where);
                        }
                    }
                    if (!major.isEmpty() && major.get(0).x() == scale.x0() + padding) {
                        sticky++;
                    }
                }
            }
        }
        assertTrue(sticky > 100, "the left edge held a period's label in " + sticky + " windows");
    }

    /**
     * The upper row of a 1000 px axis (from x 30) over {@code from}..{@code to}, whose first label, for the
     * period under way at the left edge, is checked to be held there; the row never overlaps.
     */
    private static List<String> upperRowHeldAtTheLeft(LocalDate from, LocalDate to) {
        TimeScale scale = new TimeScale(new TimeWindow(from.toEpochDay() * DAY, to.toEpochDay() * DAY), 30, 1000);
        AxisTicks.Layout axis = AxisTicks.layout(scale, SEVEN_PX, Locale.UK, 4);
        assertEquals(scale.x0() + 4, axis.major().get(0).x(), 1e-9, "held at the left edge");
        assertNoOverlap(axis.major(), scale, "upper row");
        return axis.major().stream().map(AxisTicks.Label::text).toList();
    }

    @Test
    void aMonthUnderWayAtTheLeftEdgeWithLittleRoomIsNamedWithoutItsYear() {
        assertEquals(List.of("Sept", "October 2024", "November 2024", "December 2024"),
                upperRowHeldAtTheLeft(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 12, 31)),
                "four days of September hold 'Sept' (British English), not 'Sept 2024'; October names the year");
    }

    @Test
    void aYearUnderWayAtTheLeftEdgeWithLittleRoomIsNamedByItsLastTwoDigits() {
        assertEquals(List.of("\u201917", "2018", "2019", "2020"),
                upperRowHeldAtTheLeft(LocalDate.of(2017, 12, 1), LocalDate.of(2020, 6, 1)),
                "December 2017 has room for '17, not for 2017; 2018 names the century");
    }

    private static void assertNoOverlap(List<AxisTicks.Label> labels, TimeScale scale, String where) {
        for (int i = 0; i < labels.size(); i++) {
            AxisTicks.Label l = labels.get(i);
            assertTrue(l.x() >= scale.x0() - 1e-9 && l.right() <= scale.x1() + 1e-9, where + ": clipped " + l);
            assertEquals(SEVEN_PX.width(l.text()), l.width(), 1e-9, where);
            if (i > 0) {
                assertTrue(labels.get(i - 1).right() <= l.x(), where + ": " + labels.get(i - 1) + " overlaps " + l);
            }
        }
    }

    @Test
    void millenniaAcrossDeepTimeHaveAnUpperRowThatDoesNotRepeatTheLowerOne() {
        long start = LocalDate.of(-10_360, 1, 1).toEpochDay() * DAY;
        long end = LocalDate.of(2385, 1, 1).toEpochDay() * DAY;
        for (double width : new double[] {1000, 1600}) {
            TimeScale scale = new TimeScale(new TimeWindow(start, end), 30, width);
            AxisTicks.Layout axis = AxisTicks.layout(scale, SEVEN_PX, Locale.UK, 4);
            assertEquals(TickUnit.YEARS_1000, axis.unit(), "width " + width);
            assertTrue(axis.majorTicks().length < axis.minorTicks().length / 2,
                    "ten-millennium periods above the millennia: " + axis.major());
            assertNoOverlap(axis.minor(), scale, "width " + width + " (lower row)");
            assertNoOverlap(axis.major(), scale, "width " + width + " (upper row)");
        }
    }

    @Test
    void ticksBeforeTheCommonEraFallOnRoundBceYearsAndNoneOnAYearZero() {
        long start = LocalDate.of(-520, 1, 1).toEpochDay() * DAY; // 521 BCE
        long end = LocalDate.of(330, 1, 1).toEpochDay() * DAY;
        TimeScale scale = new TimeScale(new TimeWindow(start, end), 30, 1600);
        List<String> labels = new java.util.ArrayList<>();
        long t = TickUnit.YEARS_100.floor(start);
        while (t < end) {
            labels.add(TickUnit.YEARS_100.label(t, Locale.UK));
            long next = TickUnit.YEARS_100.next(t);
            assertTrue(next > t, "ticks increase");
            t = next;
        }
        assertEquals(List.of("600 BCE", "500 BCE", "400 BCE", "300 BCE", "200 BCE", "100 BCE", "1", "100", "200",
                "300"), labels, "a century tick on every round BCE year, then 1 CE (there is no year 0), then 100");
        AxisTicks.Layout axis = AxisTicks.layout(scale, SEVEN_PX, Locale.UK, 4);
        assertNoOverlap(axis.minor(), scale, "lower row");
        assertNoOverlap(axis.major(), scale, "upper row");
        for (AxisTicks.Label l : axis.major()) {
            assertFalse(l.text().equals("1s"), "the first period of the era is named by its year: " + axis.major());
        }
    }

    @Test
    void aYearAcrossAWideViewShowsMonthsUnderTheYear() {
        long start = LocalDate.of(2022, 1, 1).toEpochDay() * DAY;
        long end = LocalDate.of(2023, 1, 1).toEpochDay() * DAY;
        AxisTicks.Layout axis = AxisTicks.layout(new TimeScale(new TimeWindow(start, end), 0, 500), SEVEN_PX,
                Locale.UK, 4);
        assertEquals(TickUnit.MONTH, axis.unit());
        assertEquals("Jan", axis.minor().get(0).text());
        assertEquals(12, axis.minor().size());
        assertEquals("2022", axis.major().get(0).text());
    }

    @Test
    void monthNamesFollowTheLocale() {
        long start = LocalDate.of(2022, 1, 1).toEpochDay() * DAY;
        long end = LocalDate.of(2023, 1, 1).toEpochDay() * DAY;
        AxisTicks.Layout axis = AxisTicks.layout(new TimeScale(new TimeWindow(start, end), 0, 520), SEVEN_PX,
                Locale.GERMANY, 4);
        assertTrue(axis.minor().stream().anyMatch(l -> l.text().startsWith("Okt")), axis.minor().toString());
    }

    @Test
    void aNarrowerViewChoosesACoarserStep() {
        long start = LocalDate.of(2015, 1, 1).toEpochDay() * DAY;
        long end = LocalDate.of(2027, 1, 1).toEpochDay() * DAY;
        TimeWindow w = new TimeWindow(start, end);
        TickUnit wide = AxisTicks.layout(new TimeScale(w, 0, 3000), SEVEN_PX, Locale.UK, 4).unit();
        TickUnit narrow = AxisTicks.layout(new TimeScale(w, 0, 300), SEVEN_PX, Locale.UK, 4).unit();
        assertTrue(narrow.nominalMillis() > wide.nominalMillis(), wide + " vs " + narrow);
    }

    @Test
    void ticksAreStrictlyIncreasingAndDayTicksRestartOnTheFirst() {
        for (TickUnit u : TickUnit.values()) {
            long t = u.floor(LocalDate.of(2024, 2, 20).toEpochDay() * DAY + 5_000_000L);
            for (int i = 0; i < 40; i++) {
                long n = u.next(t);
                assertTrue(n > t, u + " does not advance");
                assertEquals(n, u.floor(n), u + " next is not a tick");
                t = n;
            }
        }
        long feb27 = LocalDate.of(2024, 2, 27).toEpochDay() * DAY;
        assertEquals(LocalDate.of(2024, 3, 1).toEpochDay() * DAY, TickUnit.DAYS_5.next(TickUnit.DAYS_5.floor(feb27)));
    }

    @Test
    void whenAMonthsFullNameDoesNotFitItsCellTheRowUsesShortNamesThroughout() {
        // About 3.2 px a day: a 30-day cell (96 px) holds the short name but not "September 2023" (98 px).
        long start = LocalDate.of(2023, 8, 1).toEpochDay() * DAY;
        TimeScale scale = new TimeScale(new TimeWindow(start, start + 92 * DAY), 0, 92 * 3.2);
        AxisTicks.Layout axis = AxisTicks.layout(scale, SEVEN_PX, Locale.UK, 4);
        List<String> upper = axis.major().stream().map(AxisTicks.Label::text).toList();
        String shortName = org.sightline.model.DateLabels.monthShort(9, Locale.UK) + " 2023"; // "Sept 2023" in en-GB
        assertTrue(upper.contains(shortName), upper.toString());
        assertFalse(upper.contains("September 2023"), upper.toString());
        assertFalse(upper.contains("October 2023"), "one style of name per row: " + upper);
    }
}
