package org.sightline.view.timeline;

import org.sightline.model.TimeWindow;

/** Maps instants (epoch milliseconds) to x positions and back for one window drawn over one pixel range. */
public final class TimeScale {

    private final long startMillis;
    private final long endMillis;
    private final double x0;
    private final double width;
    private final double pxPerMs;

    public TimeScale(TimeWindow window, double x0, double width) {
        this.startMillis = window.startMillis();
        this.endMillis = window.endMillis();
        this.x0 = x0;
        this.width = Math.max(1, width);
        this.pxPerMs = this.width / (double) window.duration();
    }

    public double x(long millis) {
        return x0 + (millis - startMillis) * pxPerMs;
    }

    /** The instant at {@code x} (not rounded). */
    public double millisAt(double x) {
        return startMillis + (x - x0) / pxPerMs;
    }

    /** A length in pixels expressed in milliseconds. */
    public double millisFor(double px) {
        return px / pxPerMs;
    }

    public double pxPerMs() {
        return pxPerMs;
    }

    public long startMillis() {
        return startMillis;
    }

    public long endMillis() {
        return endMillis;
    }

    public double x0() {
        return x0;
    }

    public double width() {
        return width;
    }

    public double x1() {
        return x0 + width;
    }
}
