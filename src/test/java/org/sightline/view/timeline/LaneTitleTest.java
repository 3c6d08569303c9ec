package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LaneTitleTest {

    /** Ten pixels per character, so widths are easy to reason about. */
    private static final TextMeasurer TEN_PER_CHAR = text -> text.length() * 10.0;

    @Test
    void aLongLaneTitleBreaksAtTheLastSpaceThatStillFits() {
        assertEquals("National Diet".length(), TimelineRenderer.lineBreak("National Diet of Japan", 140, TEN_PER_CHAR));
    }

    @Test
    void aTitleWhoseFirstWordIsTooWideHasNoBreak() {
        assertEquals(-1, TimelineRenderer.lineBreak("Extraordinarily long", 50, TEN_PER_CHAR));
    }
}
