package org.sightline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.io.Fixtures;
import org.sightline.io.NativeDatasetReader;

class RelationsAndCountsTest {

    private final Dataset d = new NativeDatasetReader().read(Fixtures.path("linked-panels.json")).dataset();

    private TimelineEvent event(String id) {
        return d.event(id).orElseThrow();
    }

    private static List<String> ids(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::id).toList();
    }

    @Test
    void organisationToEventsIncludesEventsOfOrganisationsBelowIt() {
        assertEquals(List.of("founded", "korea-activated", "proposal", "meeting", "japan-activated"),
                ids(Relations.eventsOfOrganisation(d, d.events(), "ussf")));
        assertEquals(List.of("korea-activated"), ids(Relations.eventsOfOrganisation(d, d.events(), "spacefor-korea")));
    }

    @Test
    void regionToEventsIncludesEventsAtPlacesInsideIt() {
        assertEquals(List.of("proposal", "meeting", "minister", "japan-activated"),
                ids(Relations.eventsInRegion(d, d.events(), "japan")));
        assertEquals(List.of("korea-activated"), ids(Relations.eventsInRegion(d, d.events(), "korea")));
    }

    @Test
    void eventToOrganisationsAndRegionsNamesThemWithTheirAncestors() {
        assertEquals(Set.of("spacefor-korea", "ussf"), Relations.organisationsOf(d, event("korea-activated")));
        assertEquals(Set.of("osan", "korea", "indo-pacific"), Relations.regionsOf(d, event("korea-activated")));
    }

    @Test
    void litRegionsAreWhereTheEmphasisedEventsTookPlace() {
        Set<String> lit = Relations.litRegions(d, d.events(), e -> e.organisationIds().contains("spacefor-korea"));
        assertEquals(Set.of("osan", "korea", "indo-pacific"), lit);
        assertTrue(Relations.litRegions(d, d.events(), null).isEmpty(), "no highlight lights nothing");
    }

    @Test
    void neighboursArePreviousAndNextInTheGivenOrder() {
        List<TimelineEvent> events = d.events();
        assertEquals("proposal", Relations.neighbour(events, event("meeting"), -1).id());
        assertEquals("minister", Relations.neighbour(events, event("meeting"), +1).id());
        assertNull(Relations.neighbour(events, event("founded"), -1));
        assertNull(Relations.neighbour(events, event("japan-activated"), +1));
    }

    @Test
    void eventsSharingAnOrganisationAreTheNearestInTimeShownInTimeOrder() {
        List<TimelineEvent> related = Relations.sharingOrganisation(d.events(), event("meeting"), 2);
        assertEquals(List.of("proposal", "minister"), ids(related));
        assertEquals(List.of("founded", "proposal", "minister", "japan-activated"),
                ids(Relations.sharingOrganisation(d.events(), event("meeting"), 10)));
    }

    @Test
    void countsRollUpOncePerEventAndFollowTheTimeWindow() {
        Map<String, Integer> all = EventCounts.perRegion(d, d.events(), null);
        assertEquals(4, all.get("japan"), "meeting and minister both at Ichigaya count once each");
        assertEquals(5, all.get("indo-pacific"));
        assertEquals(2, all.get("ichigaya"));
        Map<String, Integer> orgs = EventCounts.perOrganisation(d, d.events(), null);
        assertEquals(5, orgs.get("ussf"), "japan-activated names ussf and a child of it: counted once");

        long from = event("meeting").startMillis();
        long to = event("minister").endMillis();
        Map<String, Integer> windowed = EventCounts.perRegion(d, d.events(), new TimeWindow(from, to));
        assertEquals(3, windowed.get("japan"), "the month-long proposal overlaps 25 Sep; Yokota's event is later");
        assertNull(windowed.get("osan"));
    }
}
