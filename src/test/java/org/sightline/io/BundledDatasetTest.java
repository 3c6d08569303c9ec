package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Precision;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;

/** Integrity of the curated dataset that ships with the app. */
class BundledDatasetTest {

    private static final Dataset DATASET = BundledDataset.load().dataset();

    @Test
    void bundledDatasetLoadsWithoutAnyProblem() {
        LoadResult r = BundledDataset.load();
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals("The U.S. Space Force in the Indo-Pacific and Japan", r.dataset().title());
    }

    @Test
    void assetsCopyIsTheOneInsideTheJar() {
        LoadResult fromAssets = new NativeDatasetReader().read(Path.of("assets/data/" + BundledDataset.NAME));
        assertNotNull(fromAssets.dataset(), fromAssets.problems()::toString);
        assertEquals(DATASET.events().size(), fromAssets.dataset().events().size());
    }

    @Test
    void hasAtLeastTwentyEvents() {
        assertTrue(DATASET.events().size() >= 20, "events: " + DATASET.events().size());
    }

    @Test
    void everyEventHasAtLeastOneSourceWithAWebLink() {
        for (TimelineEvent e : DATASET.events()) {
            assertFalse(e.sources().isEmpty(), e.id() + " has no source");
            assertTrue(e.sources().stream().map(Source::url).anyMatch(Links::isWebLink), e.id() + " has no link");
            for (Source s : e.sources()) {
                assertNotNull(s.publisher(), e.id() + " source without publisher");
            }
        }
    }

    @Test
    void everyReferenceResolves() {
        for (TimelineEvent e : DATASET.events()) {
            assertFalse(e.organisationIds().isEmpty(), e.id() + " names no organisation");
            assertFalse(e.regionIds().isEmpty(), e.id() + " names no region");
            e.organisationIds().forEach(id -> assertTrue(DATASET.organisations().contains(id), e.id() + " -> " + id));
            e.regionIds().forEach(id -> assertTrue(DATASET.regions().contains(id), e.id() + " -> " + id));
        }
        DATASET.organisations().all().stream().filter(o -> o.parentId() != null)
                .forEach(o -> assertTrue(DATASET.organisations().contains(o.parentId()), o.id()));
        DATASET.regions().all().stream().filter(r -> r.parentId() != null)
                .forEach(r -> assertTrue(DATASET.regions().contains(r.parentId()), r.id()));
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        DATASET.events().forEach(e -> assertTrue(ids.add(e.id()), "duplicate " + e.id()));
    }

    @Test
    void everyTopLevelOrganisationHasAColour() {
        DATASET.organisations().roots().forEach(o -> assertNotNull(o.color(), o.id()));
    }

    @Test
    void organisationHierarchyPlacesTheKoreaAndJapanUnitsUnderTheIndoPacificComponent() {
        assertTrue(DATASET.organisations().isWithin("spacefor-korea", "spacefor-indopac"));
        assertTrue(DATASET.organisations().isWithin("spacefor-japan", "spacefor-indopac"));
        assertTrue(DATASET.organisations().isWithin("spacefor-indopac", "ussf"));
        assertTrue(DATASET.organisations().isWithin("usfk", "indopacom"));
        assertTrue(DATASET.organisations().isWithin("usfj", "indopacom"));
    }

    @Test
    void placesHaveCoordinates() {
        DATASET.regions().all().stream().filter(r -> r.isPlace())
                .forEach(r -> assertTrue(r.hasLocation(), r.id() + " has no lat/lon"));
        assertTrue(DATASET.regions().isWithin("osan", "korean-peninsula"));
        assertTrue(DATASET.regions().isWithin("yokota", "japan"));
        assertTrue(DATASET.regions().isWithin("hawaii", "indo-pacific"));
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource({
        "ussf-established, 2019-12-20, established",
        "spacefor-indopac-activated, 2022-11-22, established",
        "spacefor-korea-activated, 2022-12-14, established",
        "kihara-saltzman-meeting, 2023-09-25, occurred",
        "japan-unit-proposed, 2023-09-25, proposed",
        "spacefor-japan-activated, 2024-12-04, established",
    })
    void mustHaveEventsHaveTheirDatesAndStatuses(String id, String date, String status) {
        TimelineEvent e = DATASET.event(id).orElseThrow(() -> new AssertionError("missing " + id));
        assertEquals(date, e.start().toIso());
        assertEquals(Precision.DAY, e.start().precision());
        assertEquals(EventStatus.fromId(status).orElseThrow(), e.status());
    }

    @Test
    void theProposalIsNotAnActivation() {
        TimelineEvent proposal = DATASET.event("japan-unit-proposed").orElseThrow();
        assertEquals(EventStatus.PROPOSED, proposal.status());
        assertTrue(proposal.organisationIds().contains("ussf") || proposal.organisationIds().contains("spacefor-indopac"));
    }

    @Test
    void shipsTheIndoPacificBriefingOfEightToTwelveStepsFromFoundingToTheUnitInJapan() {
        assertEquals(1, DATASET.briefings().size());
        var briefing = DATASET.briefings().get(0);
        assertEquals("The U.S. Space Force in the Indo-Pacific, 2019–2024", briefing.title());
        assertTrue(briefing.steps().size() >= 8 && briefing.steps().size() <= 12, "steps: " + briefing.steps().size());
        assertEquals("ussf-established", briefing.steps().get(0).eventId());
        assertEquals("spacefor-japan-activated", briefing.steps().get(briefing.steps().size() - 1).eventId());
        briefing.steps().forEach(s -> assertFalse(s.caption().isBlank()));
    }
}
