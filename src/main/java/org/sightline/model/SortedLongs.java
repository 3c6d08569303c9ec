package org.sightline.model;

/** Binary searches in ascending {@code long} arrays (duplicates allowed), for the time indexes. */
public final class SortedLongs {

    private SortedLongs() {
    }

    /** The index of the first value at or above {@code value} (the array's length if none is). */
    public static int firstAtOrAbove(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first value above {@code value} (the array's length if none is). */
    public static int firstAbove(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
