package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventCitationTest {

    private static Dataset dataset(TimelineEvent e) {
        return Dataset.builder("Space Force in Japan").dataAsOf(PartialDate.parse("2026-06"))
                .organisation(new Organisation("ussf", "United States Space Force", "USSF", null, null, "#0072B2", null))
                .organisation(new Organisation("mod", "Ministry of Defense", null, null, null, "#D55E00", null))
                .region(new Region("japan", "Japan", null, "region", 36.0, 138.0, null))
                .event(e).build();
    }

    @Test
    void citesTheEventWithItsDateAtItsPrecisionItsStatusPlacesSummarySourcesAndDataset() {
        TimelineEvent unit = new TimelineEvent("unit", "Space Force unit in Japan proposed", PartialDate.parse("2023-12"),
                null, null, "A small unit is proposed. ", List.of("ussf", "mod"), List.of("japan"),
                EventStatus.PROPOSED, null, List.of(),
                List.of(new Source("Nikkei Asia", "Saltzman wants a team in Japan", PartialDate.parse("2023-12-15"),
                                "https://example.org/nikkei"),
                        new Source(null, "A ministry statement", null, null)), "Reported, not confirmed.");
        assertEquals("""
                Space Force unit in Japan proposed
                Dec 2023 · Proposed
                Organisations: USSF (United States Space Force), Ministry of Defense
                Regions: Japan

                A small unit is proposed.

                Notes: Reported, not confirmed.

                Sources:
                1. Nikkei Asia, 15 Dec 2023: "Saltzman wants a team in Japan" https://example.org/nikkei
                2. "A ministry statement"

                From: Space Force in Japan (data as of Jun 2026)
                """, EventCitation.of(dataset(unit), unit, Locale.UK));
    }

    @Test
    void aSpanKeepsBothEndsAndAnAuthorsDisplayDateWins() {
        TimelineEvent span = new TimelineEvent("term", "Kihara's term", PartialDate.parse("2024-10-01"),
                PartialDate.parse("2025-10-21"), null, "", List.of(), List.of(), EventStatus.CONTEXT, null, List.of(),
                List.of(), null);
        String text = EventCitation.of(dataset(span), span, Locale.UK);
        assertEquals("Kihara's term\n1 Oct 2024 – 21 Oct 2025 · Context\n\nFrom: Space Force in Japan (data as of Jun 2026)\n",
                text);
        TimelineEvent shown = new TimelineEvent("c", "Circa", PartialDate.parse("2019"), null, "around 2019", "",
                List.of(), List.of(), EventStatus.REPORTED, null, List.of(), List.of(), null);
        assertEquals("Circa\naround 2019 · Reported\n", EventCitation.of(dataset(shown), shown, Locale.UK).substring(0, 29));
    }
}
