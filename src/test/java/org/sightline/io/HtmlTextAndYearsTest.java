package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.model.DateLabels;
import org.sightline.model.PartialDate;

class HtmlTextAndYearsTest {

    @Test
    void tagsAreStrippedEntitiesDecodedAndScriptsDropped() {
        assertEquals("Bold & <b>literal</b>", HtmlText.toPlainText("<b>Bold</b> &amp; &lt;b&gt;literal&lt;/b&gt;"));
        assertEquals("one\ntwo", HtmlText.toPlainText("<p>one</p><p>two</p>"));
        assertEquals("a\nb", HtmlText.toPlainText("a<br/>b"));
        assertEquals("x y", HtmlText.toPlainText("x<script>alert('no')</script> <style>p{}</style>y"));
        assertEquals("• first\n• second", HtmlText.toPlainText("<ul><li>first</li><li>second</li></ul>"));
        assertEquals("é — ’ A ☃", HtmlText.toPlainText("&eacute; &mdash; &#8217; &#x41; &#9731;"));
        assertEquals("&bogus; stays", HtmlText.toPlainText("&bogus; stays"));
        assertEquals("no markup", HtmlText.toPlainText("  no   markup "));
    }

    @Test
    void timelineJsYearsMapToAstronomicalYearsWithNoYearZero() {
        assertEquals(2019, TimelineJsMapping.astronomicalYear(2019));
        assertEquals(1, TimelineJsMapping.astronomicalYear(1));
        assertEquals(0, TimelineJsMapping.astronomicalYear(-1), "1 BCE");
        assertEquals(-43, TimelineJsMapping.astronomicalYear(-44), "44 BCE");
        assertThrows(IllegalArgumentException.class, () -> TimelineJsMapping.astronomicalYear(0));
        for (long y : new long[] {-1000, -44, -1, 1, 602, 2019}) {
            assertEquals(y, TimelineJsMapping.timelineJsYear(TimelineJsMapping.astronomicalYear(y)));
        }
    }

    @Test
    void displayedYearMatchesWhatTimelineJsShows() {
        assertEquals("44 BCE", DateLabels.year((int) TimelineJsMapping.astronomicalYear(-44)));
        assertEquals("1 BCE", DateLabels.year((int) TimelineJsMapping.astronomicalYear(-1)));
        assertEquals("1", DateLabels.year((int) TimelineJsMapping.astronomicalYear(1)));
        assertEquals("Mar 44 BCE", DateLabels.format(PartialDate.parse("-0043-03"), Locale.ENGLISH),
                "ISO -0043 (vis-timeline, native) is the same year");
    }

    @Test
    void isoTextKeepsPrecisionAndFlagsMissingOffsets() {
        assertEquals("2019-12", IsoDateText.parse("2019-12").date().toIso());
        assertEquals("-0050-04-20", IsoDateText.parse("-000050-04-20").date().toIso());
        IsoDateText.Parsed local = IsoDateText.parse("2020-01-02 03:04");
        assertEquals("2020-01-02T03:04Z", local.date().toIso());
        assertEquals(true, local.noOffset());
        IsoDateText.Parsed fraction = IsoDateText.parse("2020-01-02T03:04:05.250+0900");
        assertEquals("2020-01-02T03:04:05+09:00", fraction.date().toIso());
        assertEquals(true, fraction.fractionDropped());
        assertEquals(false, IsoDateText.parse("2020-01-02T03:04:05.000Z").fractionDropped());
    }
}
