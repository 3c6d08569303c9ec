package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sightline.model.TimeWindow;

class WindowGlideTest {

    private static final long YEAR = TimeWindow.YEAR;

    @Test
    void interpolationStartsAndEndsOnTheTwoWindows() {
        TimeWindow a = new TimeWindow(0, YEAR);
        TimeWindow b = new TimeWindow(5 * YEAR, 5 * YEAR + YEAR / 4);
        assertEquals(a, TimelineView.interpolate(a, b, 0));
        assertEquals(b.duration(), TimelineView.interpolate(a, b, 1).duration(), 1);
        assertEquals(b.startMillis(), TimelineView.interpolate(a, b, 1).startMillis(), 1);
    }

    @Test
    void zoomIsGeometricSoTheMidpointIsTheGeometricMeanOfTheDurations() {
        TimeWindow a = new TimeWindow(0, 4 * YEAR);
        TimeWindow b = new TimeWindow(0, YEAR);
        assertEquals(2 * YEAR, TimelineView.interpolate(a, b, 0.5).duration(), 2);
    }

    @Test
    void aJumpIsLittleOverlapOrABigChangeOfScaleNotASmallPan() {
        TimeWindow a = new TimeWindow(0, YEAR);
        assertFalse(TimelineView.isJump(a, a.pan(YEAR / 10)), "a drag step");
        assertTrue(TimelineView.isJump(a, a.pan(YEAR)), "no overlap");
        assertTrue(TimelineView.isJump(a, new TimeWindow(0, 2 * YEAR)), "twice the span");
        assertFalse(TimelineView.isJump(a, new TimeWindow(0, YEAR + YEAR / 10)), "a small zoom");
    }
}
