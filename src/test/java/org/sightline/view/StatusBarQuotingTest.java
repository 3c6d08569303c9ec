package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the status bar names search text: quoted once, and short enough to leave room for the rest. */
class StatusBarQuotingTest {

    @Test
    void searchTextIsQuotedOnceAndCutAtFortyCharacters() {
        assertEquals("\"Kihara\"", StatusBar.quoted(" Kihara "));
        assertEquals("\"Air and Space\"", StatusBar.quoted("\"Air and Space\""), "typed in quotes: not quoted again");
        String cut = StatusBar.quoted("Space Force ".repeat(40));
        assertEquals(42, cut.length(), cut);
        assertEquals("\"Space Force Space Force Space Force Spa…\"", cut);
    }
}
