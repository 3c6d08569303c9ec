package org.sightline.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.io.Fixtures;
import org.sightline.io.NativeDatasetReader;
import org.sightline.model.Dataset;
import org.sightline.model.EventCounts;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/** The linking rules of the shared view state, without any view. */
class ViewStateLinkingTest {

    private ViewState state;
    private Dataset d;

    @BeforeEach
    void setUp() {
        d = new NativeDatasetReader().read(Fixtures.path("linked-panels.json")).dataset();
        state = new ViewState();
        state.setDataset(d, "linked-panels.json");
    }

    private TimelineEvent event(String id) {
        return d.event(id).orElseThrow();
    }

    private List<String> emphasised() {
        Predicate<TimelineEvent> p = state.emphasis();
        return state.getFilteredEvents().stream().filter(p).map(TimelineEvent::id).toList();
    }

    @Test
    void highlightingOneOrganisationReplacesOtherHighlightsWithOneRevision() {
        state.highlightRegion("japan");
        int before = state.emphasisRevisionProperty().get();
        state.highlightOrganisation("spacefor-korea");
        assertEquals(before + 1, state.emphasisRevisionProperty().get());
        assertEquals(Set.of("spacefor-korea"), state.getHighlightedOrganisations());
        assertTrue(state.getHighlightedRegions().isEmpty());
        assertEquals(List.of("korea-activated"), emphasised());
        assertEquals(6, state.getFilteredEvents().size(), "highlighting never hides");
    }

    @Test
    void highlightingARegionEmphasisesEventsAtItsPlaces() {
        state.highlightRegion("japan");
        assertEquals(List.of("proposal", "meeting", "minister", "japan-activated"), emphasised());
    }

    @Test
    void highlightTextDimsNonMatchesAndCombinesWithNodeHighlights() {
        state.setHighlightText("activated");
        assertEquals(List.of("korea-activated", "japan-activated"), emphasised());
        assertTrue(state.hasHighlight());
        state.highlightRegion("japan");
        assertEquals(List.of("japan-activated"), emphasised(), "both must match");
        assertEquals(6, state.getFilteredEvents().size());
    }

    @Test
    void searchFilterHidesEventsThatDoNotMatchTitleSummaryOrSources() {
        state.setFilter(EventFilter.NONE.withText("readout"));
        assertEquals(List.of(event("meeting")), state.getFilteredEvents());
        assertEquals(state.getFilteredEvents(), List.copyOf(state.filteredEventList()), "the table's list follows");
    }

    @Test
    void resetClearsHighlightTextAndIsNarrowedFollowsIt() {
        state.setHighlightText("kihara");
        assertTrue(state.isNarrowed());
        int before = state.emphasisRevisionProperty().get();
        state.resetFiltersAndHighlights();
        assertEquals("", state.getHighlightText());
        assertFalse(state.isNarrowed());
        assertEquals(before + 1, state.emphasisRevisionProperty().get());
    }

    @Test
    void settingTheSameHighlightsAgainChangesNothing() {
        state.highlightOrganisation("ussf");
        int before = state.emphasisRevisionProperty().get();
        state.setHighlights(List.of("ussf"), List.of());
        assertEquals(before, state.emphasisRevisionProperty().get());
    }

    @Test
    void newDatasetClearsHighlightText() {
        state.setHighlightText("meeting");
        state.setDataset(d, "again");
        assertEquals("", state.getHighlightText());
        assertFalse(state.hasHighlight());
    }

    @Test
    void randomSequenceOfActionsKeepsTheStateConsistent() {
        Random random = new Random(20260425L);
        List<String> orgs = d.organisations().all().stream().map(o -> o.id()).toList();
        List<String> regions = d.regions().all().stream().map(r -> r.id()).toList();
        List<String> words = List.of("", "activated", "japan", "kihara", "report", "zzz");
        for (int step = 0; step < 400; step++) {
            switch (random.nextInt(9)) {
                case 0 -> state.setFilter(state.getFilter().withOrganisations(pick(random, orgs)));
                case 1 -> state.setFilter(state.getFilter().withRegions(pick(random, regions)));
                case 2 -> state.setFilter(state.getFilter().withText(words.get(random.nextInt(words.size()))));
                case 3 -> state.setFilter(state.getFilter().withStatuses(
                        random.nextBoolean() ? Set.of() : Set.of(EventStatus.values()[random.nextInt(6)])));
                case 4 -> state.setHighlights(pick(random, orgs), pick(random, regions));
                case 5 -> state.setHighlightText(words.get(random.nextInt(words.size())));
                case 6 -> state.setSelectedEvent(d.events().get(random.nextInt(d.events().size())));
                case 7 -> state.setVisibleWindow(random.nextBoolean() ? null
                        : new TimeWindow(event("proposal").startMillis(), event("minister").endMillis()));
                default -> state.resetFiltersAndHighlights();
            }
            assertConsistent(step);
        }
    }

    private void assertConsistent(int step) {
        EventFilter.Matcher m = state.getFilter().matcher(d);
        List<TimelineEvent> expected = d.events().stream().filter(m::test).toList();
        assertEquals(expected, state.getFilteredEvents(), "step " + step);
        assertEquals(expected, List.copyOf(state.filteredEventList()), "step " + step);
        TimelineEvent selected = state.getSelectedEvent();
        assertTrue(selected == null || expected.contains(selected), "selection is shown or null, step " + step);
        Map<String, Integer> counts = EventCounts.perRegion(d, expected, state.getVisibleWindow());
        int inWindow = (int) expected.stream().filter(e -> state.getVisibleWindow() == null
                || state.getVisibleWindow().intersects(e.startMillis(), e.endMillis())).count();
        int roots = 0;
        for (var r : d.regions().roots()) {
            roots += counts.getOrDefault(r.id(), 0);
        }
        assertTrue(roots <= inWindow, "root counts never exceed the events in view, step " + step);
        assertEquals(state.isNarrowed(), !state.getFilter().isEmpty() || state.hasHighlight(), "step " + step);
    }

    private static List<String> pick(Random random, List<String> from) {
        Set<String> out = new HashSet<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(out);
    }
}
