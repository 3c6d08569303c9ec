package org.sightline.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Sorts events into {@link Dataset#TIME_ORDER} fast enough for the load path of 100k events: a stable
 * radix sort on the start millis (primitive keys, no comparator calls), then the comparator only
 * within runs of equal starts. Input already in order is only checked.
 */
final class TimeSort {

    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private TimeSort() {
    }

    static List<TimelineEvent> sorted(Collection<TimelineEvent> input) {
        List<TimelineEvent> events = new ArrayList<>(input);
        int n = events.size();
        if (inOrder(events)) {
            return events;
        }
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = events.get(i).startMillis() ^ Long.MIN_VALUE; // signed to unsigned order
            order[i] = i;
        }
        order = radixSort(keys, order);
        List<TimelineEvent> out = new ArrayList<>(n);
        for (int i : order) {
            out.add(events.get(i));
        }
        // Equal starts: longer first, then by id (TIME_ORDER's tie-breaks), within each run only.
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || out.get(i).startMillis() != out.get(runStart).startMillis()) {
                if (i - runStart > 1) {
                    out.subList(runStart, i).sort(Dataset.TIME_ORDER);
                }
                runStart = i;
            }
        }
        return out;
    }

    private static boolean inOrder(List<TimelineEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (Dataset.TIME_ORDER.compare(events.get(i - 1), events.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Stable LSD radix sort of {@code order} by the unsigned {@code keys} of its entries. */
    private static int[] radixSort(long[] keys, int[] order) {
        int n = order.length;
        int[] buffer = new int[n];
        int[] count = new int[BUCKETS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[digit(keys[order[i]], shift) + 1]++;
            }
            if (count[digit(keys[order[0]], shift) + 1] == n) {
                continue; // every key has the same digit here
            }
            for (int b = 0; b < BUCKETS; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                int e = order[i];
                buffer[count[digit(keys[e], shift)]++] = e;
            }
            int[] t = order;
            order = buffer;
            buffer = t;
        }
        return order;
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (BUCKETS - 1);
    }
}
