package org.sightline.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The peer benchmark's synthetic items, reproduced exactly from its datagen.js spec: mulberry32(seed),
 * five draws per item (start, lane, kind, word, duration), starts uniform over 2015–2026 (UTC),
 * 8 lanes, 60 % ranges with a log-uniform duration of 1 hour to 120 days, 40 % points.
 */
public final class SyntheticData {

    public static final long T0 = 1_420_070_400_000L; // 2015-01-01T00:00Z
    public static final long T1 = 1_798_761_600_000L; // 2027-01-01T00:00Z
    public static final int LANES = 8;
    private static final double LN_MIN = Math.log(3600e3);
    private static final double LN_MAX = Math.log(120 * 86400e3);
    private static final String[] WORDS = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
        "India", "Juliet", "Kilo", "Lima", "Mike", "Nov", "Oscar", "Papa"};

    /** One item: lane 1–8, start and end in epoch ms (end == start for a point). */
    public record Item(int id, int lane, String label, long start, long end, boolean range) {
    }

    private SyntheticData() {
    }

    public static List<Item> generate(int n, int seed) {
        int[] state = {seed};
        List<Item> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double r1 = next(state);
            double r2 = next(state);
            double r3 = next(state);
            double r4 = next(state);
            double r5 = next(state);
            long start = T0 + (long) Math.floor(r1 * (T1 - T0));
            int lane = 1 + (int) Math.floor(r2 * LANES);
            String label = WORDS[(int) Math.floor(r4 * WORDS.length)] + " " + i;
            boolean range = r3 < 0.6;
            long end = range ? Math.min(start + Math.round(Math.exp(LN_MIN + r5 * (LN_MAX - LN_MIN))), T1) : start;
            out.add(new Item(i, lane, label, start, end, range));
        }
        return out;
    }

    /** mulberry32, with Java's int arithmetic standing in for JavaScript's {@code |0} and {@code Math.imul}. */
    private static double next(int[] state) {
        int a = state[0] + 0x6D2B79F5;
        state[0] = a;
        int t = (a ^ (a >>> 15)) * (1 | a);
        t = (t + ((t ^ (t >>> 7)) * (61 | t))) ^ t;
        return Integer.toUnsignedLong(t ^ (t >>> 14)) / 4294967296.0;
    }
}
