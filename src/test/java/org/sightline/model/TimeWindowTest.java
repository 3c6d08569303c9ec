package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWindowTest {

    @Test
    void zoomAboutAPointKeepsThatInstantAtTheSameFraction() {
        TimeWindow w = new TimeWindow(0, 1_000_000);
        double anchor = 250_000;
        TimeWindow z = w.zoom(0.5, anchor);
        assertEquals(500_000, z.duration());
        assertEquals(0.25, (anchor - z.startMillis()) / z.duration(), 1e-9);
    }

    @Test
    void zoomIsClampedToLimits() {
        TimeWindow w = new TimeWindow(0, 1_000_000);
        assertEquals(400_000, w.zoom(0.01, 500_000, 400_000, 5_000_000).duration());
        assertEquals(5_000_000, w.zoom(100, 500_000, 400_000, 5_000_000).duration());
    }

    @Test
    void panMovesBothEnds() {
        TimeWindow w = new TimeWindow(10, 20).pan(5);
        assertEquals(15, w.startMillis());
        assertEquals(25, w.endMillis());
    }

    @Test
    void emptyWindowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 5));
    }
}
