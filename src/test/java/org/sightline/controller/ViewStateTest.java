package org.sightline.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.io.Fixtures;
import org.sightline.io.NativeDatasetReader;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.TimelineEvent;

class ViewStateTest {

    private ViewState state;
    private Dataset dataset;

    @BeforeEach
    void setUp() {
        dataset = new NativeDatasetReader().read(Fixtures.path("valid-minimal.json")).dataset();
        state = new ViewState();
        state.setDataset(dataset, "valid-minimal.json");
    }

    private TimelineEvent event(String id) {
        return dataset.event(id).orElseThrow();
    }

    @Test
    void filteringHidesEventsAndDropsASelectionThatIsNoLongerShown() {
        state.setSelectedEvent(event("founded"));
        state.setFilter(EventFilter.NONE.withOrganisations(List.of("spacefor-korea")));
        assertEquals(List.of(event("korea-activated")), state.getFilteredEvents());
        assertNull(state.getSelectedEvent());
    }

    @Test
    void selectionThatStaysVisibleSurvivesAFilterChange() {
        state.setSelectedEvent(event("korea-activated"));
        state.setFilter(EventFilter.NONE.withOrganisations(List.of("ussf")));
        assertEquals(event("korea-activated"), state.getSelectedEvent());
    }

    @Test
    void steppingSelectionFollowsTimeOrderAndStopsAtTheEnds() {
        state.stepSelection(1);
        assertEquals("founded", state.getSelectedEvent().id());
        state.stepSelection(1);
        assertEquals("korea-activated", state.getSelectedEvent().id());
        state.stepSelection(1);
        state.stepSelection(1);
        assertEquals("talks", state.getSelectedEvent().id());
        state.stepSelection(-1);
        assertEquals("korea-activated", state.getSelectedEvent().id());
    }

    @Test
    void highlightingAnOrganisationEmphasisesItsEventsAndThoseOfItsChildren() {
        state.getHighlightedOrganisations().add("ussf");
        Predicate<TimelineEvent> emphasis = state.emphasis();
        assertTrue(emphasis.test(event("korea-activated")));
        assertTrue(emphasis.test(event("founded")));
        state.getHighlightedOrganisations().clear();
        state.getHighlightedOrganisations().add("jp-mod");
        assertFalse(state.emphasis().test(event("korea-activated")));
        assertTrue(state.emphasis().test(event("talks")));
        assertEquals(3, state.getFilteredEvents().size(), "highlighting never hides");
    }

    @Test
    void resetClearsFiltersAndHighlights() {
        state.getHighlightedRegions().add("korea");
        state.setFilter(EventFilter.NONE.withText("talks"));
        assertTrue(state.isNarrowed());
        state.resetFiltersAndHighlights();
        assertFalse(state.isNarrowed());
        assertEquals(3, state.getFilteredEvents().size());
    }

    @Test
    void newDatasetClearsSelectionAndFilters() {
        state.setSelectedEvent(event("talks"));
        state.setFilter(EventFilter.NONE.withText("talks"));
        state.setDataset(dataset, "again");
        assertNull(state.getSelectedEvent());
        assertTrue(state.getFilter().isEmpty());
    }
}
