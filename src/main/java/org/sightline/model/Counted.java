package org.sightline.model;

/** A count with its noun in the right number: "1 event", "25 events", "100,000 events". */
public final class Counted {

    private Counted() {
    }

    /** {@code n} and {@code singular}, with an "s" unless n is 1. */
    public static String of(long n, String singular) {
        return number(n) + " " + (n == 1 ? singular : singular + "s");
    }

    /** {@code n} with its thousands grouped, as the interface's English reads: "12,449". */
    public static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
