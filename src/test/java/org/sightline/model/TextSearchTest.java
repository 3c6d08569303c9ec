package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the search bar's text finds: every word, wherever it is; quoted phrases; tags after #. */
class TextSearchTest {

    private static final Organisation DOD = new Organisation("dod", "Department of Defense", "DoD", null, null,
            "#0072B2", null);
    private static final TimelineEvent MEETING = new TimelineEvent("m", "Saltzman meets Defense Minister Kihara in Tokyo",
            PartialDate.parse("2023-09-25"), null, null, "Space cooperation should grow", List.of("dod"), List.of(),
            EventStatus.OCCURRED, null, List.of("alliance"), List.of(), null);
    private static final Dataset DATA = Dataset.builder("t").organisation(DOD).event(MEETING).build();

    private static boolean finds(String typed) {
        return TextSearch.Query.of(typed).matches(MEETING, DATA);
    }

    @Test
    void everyWordMustBeFoundButNotTogether() {
        assertTrue(finds("Kihara Saltzman"), "both words, in another order");
        assertTrue(finds("kihara defense"), "one in the title, one also an organisation's name");
        assertFalse(finds("Kihara Nakatani"), "not when one word is missing");
    }

    @Test
    void aQuotedPhraseMustBeFoundAsItIs() {
        assertTrue(finds("\"minister kihara\""));
        assertFalse(finds("\"kihara minister\""));
        assertTrue(finds("\"space cooperation\" tokyo"));
    }

    @Test
    void aWordAfterAHashIsATag() {
        assertTrue(finds("#alliance"));
        assertTrue(finds("#alli"));
        assertFalse(finds("#treaty"));
        assertEquals(List.of("alliance"), TextSearch.Query.of("#Alliance").tags());
    }

    @Test
    void emptyOrBlankTextFindsEverything() {
        assertTrue(TextSearch.Query.of("  ").isEmpty());
        assertTrue(finds(""));
        assertTrue(TextSearch.Query.of("\"\"").isEmpty(), "empty quotes are nothing to look for");
    }
}
