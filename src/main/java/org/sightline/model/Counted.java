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
        String digits = Long.toString(Math.abs(n));
        if (digits.length() <= 3) {
            return Long.toString(n); // most counts: no grouping, and no formatter on a frame's path (tree counts)
        }
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            b.append('-');
        }
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }
}
