package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sightline.model.TimeWindow;

class LabelRoomTest {

    private static final long DAY = TimeWindow.DAY;
    /** 1,000 days over a 1,000 px plot: a pixel a day. */
    private static final TimeWindow WINDOW = new TimeWindow(0, 1000 * DAY);
    private static final double PLOT = 1000;
    private static final double MARGIN = 10;

    private static double x(long millis, TimeWindow w) {
        return (millis - w.startMillis()) / (double) w.duration() * PLOT;
    }

    @Test
    void aLabelThatFitsLeavesTheWindowAsItIs() {
        assertSame(WINDOW, LabelRoom.keepingLabelInView(350 * DAY, 600, MARGIN, WINDOW, PLOT));
        assertSame(WINDOW, LabelRoom.keepingLabelInView(350 * DAY, 640, MARGIN, WINDOW, PLOT), "exactly to the margin");
    }

    @Test
    void aLabelTheRightEdgeWouldCutMovesTheWindowLaterUntilItEndsInside() {
        long start = 350 * DAY;
        TimeWindow moved = LabelRoom.keepingLabelInView(start, 800, MARGIN, WINDOW, PLOT);
        assertEquals(WINDOW.duration(), moved.duration(), "as wide");
        assertTrue(moved.startMillis() > WINDOW.startMillis(), "later");
        assertEquals(PLOT - MARGIN, x(start, moved) + 800, 0.01, "the label ends at the margin");
    }

    @Test
    void theEventNeverGoesLeftOfItsMinimumPosition() {
        long start = 350 * DAY;
        TimeWindow moved = LabelRoom.keepingLabelInView(start, 5000, MARGIN, WINDOW, PLOT);
        assertEquals(LabelRoom.MIN_POSITION * PLOT, x(start, moved), 0.01);
        TimeWindow already = new TimeWindow(start - 30 * DAY, start + 970 * DAY);
        assertSame(already, LabelRoom.keepingLabelInView(start, 5000, MARGIN, already, PLOT),
                "an event already that far left is not moved back right");
    }

    @Test
    void anEventOutsideTheWindowOrAnEmptyPlotChangesNothing() {
        assertSame(WINDOW, LabelRoom.keepingLabelInView(-DAY, 800, MARGIN, WINDOW, PLOT));
        assertSame(WINDOW, LabelRoom.keepingLabelInView(1001 * DAY, 800, MARGIN, WINDOW, PLOT));
        assertSame(WINDOW, LabelRoom.keepingLabelInView(900 * DAY, 800, MARGIN, WINDOW, 0));
    }
}
