package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SortedLongsTest {

    private static final long[] VALUES = {1, 3, 3, 3, 7};

    @Test
    void firstAtOrAboveFindsTheFirstOfEqualValues() {
        assertEquals(0, SortedLongs.firstAtOrAbove(VALUES, 0));
        assertEquals(1, SortedLongs.firstAtOrAbove(VALUES, 3));
        assertEquals(4, SortedLongs.firstAtOrAbove(VALUES, 4));
        assertEquals(5, SortedLongs.firstAtOrAbove(VALUES, 8));
        assertEquals(0, SortedLongs.firstAtOrAbove(new long[0], 5));
    }

    @Test
    void firstAboveSkipsEqualValues() {
        assertEquals(0, SortedLongs.firstAbove(VALUES, 0));
        assertEquals(4, SortedLongs.firstAbove(VALUES, 3));
        assertEquals(5, SortedLongs.firstAbove(VALUES, 7));
        assertEquals(0, SortedLongs.firstAbove(new long[0], 5));
    }
}
