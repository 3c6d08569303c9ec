package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClustersTest {

    @Test
    void clustersCountEveryOverlappingEventExactlyOnce() {
        Random random = new Random(42);
        Clusters clusters = new Clusters();
        for (int round = 0; round < 100; round++) {
            int n = random.nextInt(2000);
            long[] starts = new long[n];
            for (int i = 0; i < n; i++) {
                starts[i] = random.nextInt(1_000_000);
            }
            Arrays.sort(starts);
            long[] ends = new long[n];
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ends[i] = starts[i] + 1 + (random.nextInt(4) == 0 ? random.nextInt(200_000) : random.nextInt(100));
                ids[i] = i;
            }
            EventIndex index = new EventIndex(starts, ends, ids);
            long from = random.nextInt(900_000);
            long to = from + 1 + random.nextInt(300_000);
            long bucket = 1 + random.nextInt(20_000);
            int buckets = clusters.compute(index, from, to, bucket);
            int total = 0;
            for (int b = 0; b < buckets; b++) {
                total += clusters.count(b);
            }
            int brute = 0;
            for (int i = 0; i < n; i++) {
                if (starts[i] < to && ends[i] > from) {
                    brute++;
                }
            }
            assertEquals(brute, total, "round " + round);
            assertEquals(brute, index.countOverlapping(from, to), "round " + round);
        }
    }

    @Test
    void eachEventIsCountedInTheBucketOfItsStart() {
        long[] starts = {5, 15, 16, 35};
        long[] ends = {6, 40, 17, 36};
        EventIndex index = new EventIndex(starts, ends, new int[] {0, 1, 2, 3});
        Clusters clusters = new Clusters();
        int n = clusters.compute(index, 0, 40, 10);
        assertEquals(4, n);
        assertEquals(1, clusters.count(0));
        assertEquals(2, clusters.count(1));
        assertEquals(0, clusters.count(2));
        assertEquals(1, clusters.count(3));
    }
}
