package org.sightline.view.timeline;

import org.sightline.model.SortedLongs;
import org.sightline.model.TimeWindow;

/**
 * The events of one lane as arrays sorted by start, with the running maximum of their ends, so the
 * events overlapping any time range are found by two binary searches instead of a scan.
 * {@code ids} are positions in the frame's event list.
 */
public final class EventIndex {

    private final long[] starts;
    private final long[] ends;
    private final long[] maxEnds;
    private final int[] ids;

    /** The arrays must be sorted by start; they are kept, not copied. */
    public EventIndex(long[] starts, long[] ends, int[] ids) {
        if (starts.length != ends.length || starts.length != ids.length) {
            throw new IllegalArgumentException("arrays differ in length");
        }
        this.starts = starts;
        this.ends = ends;
        this.ids = ids;
        this.maxEnds = new long[starts.length];
        long max = Long.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("starts are not sorted");
            }
            max = Math.max(max, ends[i]);
            maxEnds[i] = max;
        }
    }

    /** From the first start to the last end; null for a lane with no events. */
    public TimeWindow span() {
        return starts.length == 0 ? null : new TimeWindow(starts[0], maxEnds[maxEnds.length - 1]);
    }

    /** The latest end of any event (the lane must not be empty). */
    public long lastEnd() {
        return maxEnds[maxEnds.length - 1];
    }

    public int size() {
        return starts.length;
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    /** Position of the i-th event in the frame's event list. */
    public int id(int i) {
        return ids[i];
    }

    /** First position that may overlap a range starting at {@code from}: every earlier event ends by then. */
    public int firstCandidate(long from) {
        return SortedLongs.firstAbove(maxEnds, from);
    }

    /** First position whose start is at or after {@code millis}. */
    public int firstStartingAtOrAfter(long millis) {
        return SortedLongs.firstAtOrAbove(starts, millis);
    }

    /** True when the i-th event overlaps [from, to). */
    public boolean overlaps(int i, long from, long to) {
        return starts[i] < to && ends[i] > from;
    }

    /** Number of events overlapping [from, to); scans only the candidates. */
    public int countOverlapping(long from, long to) {
        int end = firstStartingAtOrAfter(to);
        int count = 0;
        int firstStarting = firstStartingAtOrAfter(from);
        for (int i = firstCandidate(from); i < Math.min(firstStarting, end); i++) {
            if (ends[i] > from) {
                count++;
            }
        }
        return count + Math.max(0, end - firstStarting);
    }
}
