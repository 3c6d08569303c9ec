package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchyAndFilterTest {

    private static TimelineEvent event(String id, String start, List<String> orgs, List<String> regions,
                                       EventStatus status) {
        return new TimelineEvent(id, "Title " + id, PartialDate.parse(start), null, null, "Summary of " + id,
                orgs, regions, status, null, List.of(), List.of(new Source("Pub", "Src " + id, null, null)), null);
    }

    private static Dataset dataset() {
        return Dataset.builder("T")
                .organisation(new Organisation("ussf", "United States Space Force", "USSF", null, null, "#0072B2", null))
                .organisation(new Organisation("indopac", "U.S. Space Forces Indo-Pacific", null, "ussf", null, null, null))
                .organisation(new Organisation("korea", "U.S. Space Forces Korea", "SPACEFOR-KOR", "indopac", null, null, null))
                .organisation(new Organisation("mod", "Ministry of Defense", "MOD", null, null, "#D55E00", null))
                .region(new Region("asia", "Indo-Pacific", null, "region", null, null, null))
                .region(new Region("japan", "Japan", "asia", "region", 36.0, 138.0, null))
                .region(new Region("tokyo", "Tokyo", "japan", "place", 35.6, 139.7, null))
                .event(event("c", "2024-12-04", List.of("korea"), List.of("tokyo"), EventStatus.ESTABLISHED))
                .event(event("a", "2019-12-20", List.of("ussf"), List.of(), EventStatus.ESTABLISHED))
                .event(event("b", "2023-09-25", List.of("mod"), List.of("japan"), EventStatus.PROPOSED))
                .build();
    }

    @Test
    void eventsAreSortedByTime() {
        assertEquals(List.of("a", "b", "c"), dataset().events().stream().map(TimelineEvent::id).toList());
    }

    @Test
    void childInheritsColourOfNearestAncestor() {
        Dataset d = dataset();
        assertEquals("#0072B2", d.colorOf("korea"));
        assertEquals("#D55E00", d.colorOf("mod"));
    }

    @Test
    void hierarchyKnowsRootsChildrenAndPaths() {
        Hierarchy<Organisation> h = dataset().organisations();
        assertEquals(List.of("ussf", "mod"), h.roots().stream().map(Organisation::id).toList());
        assertEquals(List.of("korea", "indopac", "ussf"), h.pathToRoot("korea").stream().map(Organisation::id).toList());
        assertEquals("ussf", h.rootOf("korea").orElseThrow().id());
        assertEquals(2, h.depthOf("korea"));
        assertEquals(Set.of("ussf", "indopac", "korea"), h.withDescendants(List.of("ussf")));
        assertTrue(h.isWithin("korea", "ussf"));
        assertFalse(h.isWithin("mod", "ussf"));
    }

    @Test
    void organisationFilterIncludesEventsOfDescendants() {
        Dataset d = dataset();
        EventFilter.Matcher m = EventFilter.NONE.withOrganisations(List.of("ussf")).matcher(d);
        assertEquals(List.of("a", "c"), d.events().stream().filter(m::test).map(TimelineEvent::id).toList());
    }

    @Test
    void regionFilterIncludesPlacesInsideTheRegion() {
        Dataset d = dataset();
        EventFilter.Matcher m = EventFilter.NONE.withRegions(List.of("japan")).matcher(d);
        assertEquals(List.of("b", "c"), d.events().stream().filter(m::test).map(TimelineEvent::id).toList());
    }

    @Test
    void filtersCombineWithAnd() {
        Dataset d = dataset();
        EventFilter.Matcher m = EventFilter.NONE.withRegions(List.of("japan"))
                .withStatuses(List.of(EventStatus.PROPOSED)).matcher(d);
        assertEquals(List.of("b"), d.events().stream().filter(m::test).map(TimelineEvent::id).toList());
    }

    @Test
    void textSearchMatchesOrganisationAbbreviationAndSourceTitleCaseInsensitively() {
        Dataset d = dataset();
        EventFilter.Matcher byAbbrev = EventFilter.NONE.withText("spacefor-kor").matcher(d);
        assertEquals(List.of("c"), d.events().stream().filter(byAbbrev::test).map(TimelineEvent::id).toList());
        EventFilter.Matcher bySource = EventFilter.NONE.withText("\"SRC B\"").matcher(d); // a phrase: in quotes
        assertEquals(List.of("b"), d.events().stream().filter(bySource::test).map(TimelineEvent::id).toList());
    }

    @Test
    void extentCoversAllEvents() {
        TimeWindow w = dataset().extent().orElseThrow();
        assertEquals(PartialDate.parse("2019-12-20").startMillis(), w.startMillis());
        assertEquals(PartialDate.parse("2024-12-04").endMillis(), w.endMillis());
    }

    @Test
    void applyingAFilterKeepsTimeOrderAndAnEmptyFilterKeepsEverything() {
        Dataset d = dataset();
        assertEquals(d.events(), EventFilter.NONE.apply(d));
        assertEquals(List.of("a", "c"),
                EventFilter.NONE.withOrganisations(List.of("ussf")).apply(d).stream().map(TimelineEvent::id).toList());
    }
}
