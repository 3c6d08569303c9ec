package org.sightline.model;

/**
 * A half-open interval of the UTC time axis in epoch milliseconds, with the pure arithmetic of zooming
 * and panning. Instances are immutable; every operation returns a new window.
 */
public record TimeWindow(long startMillis, long endMillis) {

    public static final long MINUTE = 60_000L;
    public static final long DAY = 86_400_000L;
    public static final long YEAR = 31_556_952_000L;

    public TimeWindow {
        if (endMillis <= startMillis) {
            throw new IllegalArgumentException("window end must be after its start");
        }
    }

    public long duration() {
        return endMillis - startMillis;
    }

    public boolean intersects(long start, long end) {
        return end > startMillis && start < endMillis;
    }

    /** Zooms by {@code factor} (&lt; 1 zooms in) so that {@code anchorMillis} stays at the same screen position. */
    public TimeWindow zoom(double factor, double anchorMillis) {
        double newDuration = duration() * factor;
        double fraction = (anchorMillis - startMillis) / (double) duration();
        double start = anchorMillis - fraction * newDuration;
        long s = Math.round(start);
        return new TimeWindow(s, s + Math.max(1, Math.round(newDuration)));
    }

    /** Zooms by {@code factor}, clamping the duration to [{@code minDuration}, {@code maxDuration}]. */
    public TimeWindow zoom(double factor, double anchorMillis, long minDuration, long maxDuration) {
        double wanted = duration() * factor;
        double clamped = Math.max(minDuration, Math.min(maxDuration, wanted));
        return zoom(clamped / duration(), anchorMillis);
    }

    public TimeWindow pan(long deltaMillis) {
        return new TimeWindow(startMillis + deltaMillis, endMillis + deltaMillis);
    }

    public TimeWindow centeredOn(double centreMillis) {
        long half = duration() / 2;
        long s = Math.round(centreMillis) - half;
        return new TimeWindow(s, s + duration());
    }

    /** A window around [start, end) with {@code marginFraction} of its length added on each side. */
    public static TimeWindow around(long start, long end, double marginFraction, long minDuration) {
        return around(start, end, marginFraction, minDuration, 0.5);
    }

    /**
     * As {@link #around(long, long, double, long)}, as wide, with the middle of [start, end) at {@code position}
     * of the way across (0.5: centred) instead of in the middle.
     */
    public static TimeWindow around(long start, long end, double marginFraction, long minDuration, double position) {
        double width = Math.max(end - start, minDuration) * (1 + 2 * marginFraction);
        long centre = start + (end - start) / 2;
        return new TimeWindow(centre - Math.round(width * position), centre + Math.round(width * (1 - position)));
    }
}
