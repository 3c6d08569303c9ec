package org.sightline.view.timeline;

/**
 * Counts the events of a lane in fixed time buckets, for lanes with more events than can be told
 * apart. Buckets are aligned to multiples of their length, so panning keeps them still. Every event
 * that overlaps the window is counted exactly once: in the bucket holding its start, or in the first
 * bucket when it started before the window.
 */
public final class Clusters {

    private long[] bucketStarts = new long[64];
    private int[] counts = new int[64];
    private int size;
    private long bucketMillis;

    /** Fills the buckets for [from, to); returns the number of buckets (some may be empty). */
    public int compute(EventIndex index, long from, long to, long bucketMillis) {
        if (bucketMillis <= 0 || to <= from) {
            throw new IllegalArgumentException("empty range or bucket");
        }
        this.bucketMillis = bucketMillis;
        long first = Math.floorDiv(from, bucketMillis) * bucketMillis;
        long n = (to - first + bucketMillis - 1) / bucketMillis;
        if (n > 100_000) {
            throw new IllegalArgumentException("too many buckets: " + n);
        }
        size = (int) n;
        if (bucketStarts.length < size) {
            bucketStarts = new long[size * 2];
            counts = new int[size * 2];
        }
        int startedBefore = 0;
        int firstIn = index.firstStartingAtOrAfter(from);
        for (int i = index.firstCandidate(from); i < firstIn; i++) {
            if (index.end(i) > from) {
                startedBefore++;
            }
        }
        int previous = firstIn;
        for (int b = 0; b < size; b++) {
            long bucketEnd = Math.min(to, first + (b + 1) * bucketMillis);
            int upTo = index.firstStartingAtOrAfter(bucketEnd);
            bucketStarts[b] = first + b * bucketMillis;
            counts[b] = upTo - previous + (b == 0 ? startedBefore : 0);
            previous = upTo;
        }
        return size;
    }

    public int size() {
        return size;
    }

    public long bucketStart(int b) {
        return bucketStarts[b];
    }

    public long bucketEnd(int b) {
        return bucketStarts[b] + bucketMillis;
    }

    public int count(int b) {
        return counts[b];
    }

    /** The largest count of the last computation. */
    public int maxCount() {
        int max = 0;
        for (int b = 0; b < size; b++) {
            max = Math.max(max, counts[b]);
        }
        return max;
    }
}
