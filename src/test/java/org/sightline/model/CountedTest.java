package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertEquals("1 event", Counted.of(1, "event"));
        assertEquals("0 organisations", Counted.of(0, "organisation"));
        assertEquals("25 sources", Counted.of(25, "source"));
    }

    @Test
    void largeCountsHaveTheirThousandsGrouped() {
        assertEquals("100,000 events", Counted.of(100_000, "event"));
        assertEquals("12,449", Counted.number(12_449));
        assertEquals("999", Counted.number(999));
        assertEquals("1,000,000", Counted.number(1_000_000));
        assertEquals("-12,449", Counted.number(-12_449));
        for (long n : new long[] {0, 7, 1000, 99_999, 123_456_789, Long.MAX_VALUE, -1, -100_000}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", n), Counted.number(n), "as Java groups " + n);
        }
    }
}
