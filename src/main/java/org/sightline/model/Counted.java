package org.sightline.model;

/** A count with its noun in the right number: "1 event", "25 events", "0 organisations". */
public final class Counted {

    private Counted() {
    }

    /** {@code n} and {@code singular}, with an "s" unless n is 1. */
    public static String of(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
