package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sightline.view.timeline.TestData.day;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.model.TimeWindow;

/** The overview has one row of axis labels, and every label in it says which year (or month) it is. */
class OverviewAxisTest {

    private static List<String> labels(TimeWindow range, double width) {
        AxisTicks.Layout axis = AxisTicks.layout(new TimeScale(range, 0, width), AxisTicksTest.SEVEN_PX,
                Locale.UK, 3);
        return OverviewRenderer.overviewLabels(axis).stream().map(AxisTicks.Label::text).toList();
    }

    @Test
    void aWideOverviewWhoseStepsAreMonthsLabelsTheYearsNotTheMonths() {
        TimeWindow range = new TimeWindow(day(2016, 1, 1), day(2028, 1, 1));
        AxisTicks.Layout axis = AxisTicks.layout(new TimeScale(range, 0, 1400), AxisTicksTest.SEVEN_PX, Locale.UK, 3);
        assertNotEquals(TickUnit.Field.YEAR, axis.unit().field(), "wide enough for steps finer than a year");
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026",
                "2027"), labels(range, 1400));
    }

    @Test
    void aNarrowOverviewWhoseStepsAreYearsLabelsThem() {
        TimeWindow range = new TimeWindow(day(2016, 1, 1), day(2028, 1, 1));
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026",
                "2027"), labels(range, 480));
    }

    @Test
    void aShortRangeWhoseStepsAreDaysLabelsTheMonths() {
        List<String> shown = labels(new TimeWindow(day(2022, 10, 20), day(2022, 12, 10)), 600);
        assertEquals(List.of("October 2022", "November 2022", "December 2022"), shown);
    }
}
