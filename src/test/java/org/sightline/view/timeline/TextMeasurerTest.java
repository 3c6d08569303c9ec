package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one ellipsis every label of the timeline, the export and the slides is cut with. */
class TextMeasurerTest {

    /** Narrow i and l, wide m and W, the rest 7 px: a font whose prefixes do not grow evenly. */
    private static final TextMeasurer UNEVEN = s -> {
        double w = 0;
        for (char c : s.toCharArray()) {
            w += c == 'i' || c == 'l' ? 3 : c == 'm' || c == 'W' ? 11 : c == '…' ? 9 : 7;
        }
        return w;
    };

    @Test
    void textThatFitsIsKeptWholeAndTextThatDoesNotIsCutAfterItsLastWholeWord() {
        assertEquals("Space Force", UNEVEN.fit("Space Force", 200));
        assertEquals("Space…", UNEVEN.fit("Space Force", 50), "the space before the ellipsis goes");
        assertNull(UNEVEN.fit("Space Force", 12), "not one character and the ellipsis fit");
    }

    @Test
    void theCutIsTheLongestStartThatFitsWithItsEllipsisForEveryWidth() {
        String[] titles = {"Minoru Kihara meets Gen. Chance Saltzman in Tokyo", "illicit mimicry", "WWW W W",
            "a", "U.S. Space Forces–Japan activated"};
        for (String title : titles) {
            for (double available = 0; available <= UNEVEN.width(title) + 10; available += 0.5) {
                assertEquals(longestStartThatFits(title, available), UNEVEN.fit(title, available),
                        title + " in " + available + " px");
            }
        }
    }

    /** The plain way: try every start, longest first. */
    private static String longestStartThatFits(String value, double available) {
        if (UNEVEN.width(value) <= available) {
            return value;
        }
        for (int n = value.length() - 1; n > 0; n--) {
            String cut = value.substring(0, n).stripTrailing() + "…";
            if (UNEVEN.width(cut) <= available) {
                return cut;
            }
        }
        return null;
    }
}
