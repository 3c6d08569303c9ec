package org.sightline.view.timeline;

/** Cluster count labels ("127", "+3"), made once per number instead of once per frame. */
final class Counts {

    private static final int CACHED = 10_000;
    private static final String[] PLAIN = new String[CACHED];
    private static final String[] MORE = new String[CACHED];

    private Counts() {
    }

    static String label(int count, boolean more) {
        if (count < 0 || count >= CACHED) {
            return (more ? "+" : "") + count;
        }
        String[] cache = more ? MORE : PLAIN;
        String s = cache[count];
        if (s == null) {
            s = (more ? "+" : "") + count;
            cache[count] = s;
        }
        return s;
    }
}
