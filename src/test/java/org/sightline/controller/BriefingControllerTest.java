package org.sightline.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.io.BundledDataset;
import org.sightline.model.Briefing;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.TimeWindow;

class BriefingControllerTest {

    private ViewState state;
    private BriefingController controller;
    private Dataset dataset;
    private Briefing briefing;

    @BeforeEach
    void setUp() {
        dataset = BundledDataset.load().dataset();
        briefing = dataset.briefings().get(0);
        state = new ViewState();
        state.setDataset(dataset, "bundled");
        controller = new BriefingController(state);
    }

    @Test
    void eachStepMovesTheWindowSelectsSpotlightsAndHighlights() {
        controller.start(briefing);
        assertTrue(controller.isPresenting());
        assertEquals("ussf-established", state.getSelectedEvent().id());
        assertEquals(Set.of("ussf-established"), state.getSpotlightEvents());
        assertEquals(Set.of("ussf"), state.getHighlightedOrganisations());
        TimeWindow w = state.getVisibleWindow();
        assertTrue(w.intersects(state.getSelectedEvent().startMillis(), state.getSelectedEvent().endMillis()));
        assertEquals("1 / " + briefing.steps().size(), controller.progress());

        controller.last();
        assertEquals("spacefor-japan-activated", state.getSelectedEvent().id());
        assertEquals(Set.of("yokota"), state.getHighlightedRegions());
        assertTrue(state.emphasis().test(state.getSelectedEvent()));
        assertFalse(state.emphasis().test(dataset.event("ussf-established").orElseThrow()), "the rest is dimmed");
    }

    @Test
    void nextAndPreviousStopAtTheEndsAndJumpsTakeStepNumbers() {
        controller.start(briefing);
        assertFalse(controller.previous());
        assertTrue(controller.next());
        assertEquals(1, controller.stepIndexProperty().get());
        assertTrue(controller.jumpTo(9));
        assertEquals("japan-unit-proposed", state.getSelectedEvent().id());
        assertFalse(controller.jumpTo(99));
        assertEquals(8, controller.stepIndexProperty().get());
        controller.last();
        assertFalse(controller.next());
        assertTrue(controller.first());
        assertEquals(0, controller.stepIndexProperty().get());
    }

    @Test
    void startingClearsFiltersSoEveryStepIsVisibleAndStoppingRestoresEverything() {
        TimeWindow before = new TimeWindow(0, TimeWindow.YEAR);
        state.setVisibleWindow(before);
        state.setFilter(EventFilter.NONE.withRegions(List.of("korean-peninsula")));
        state.getHighlightedOrganisations().add("jp-mod");
        state.setSelectedEvent(dataset.event("spacefor-korea-activated").orElseThrow());

        controller.start(briefing);
        assertTrue(state.getFilter().isEmpty());
        assertEquals(dataset.events().size(), state.getFilteredEvents().size());
        controller.next();

        controller.stop();
        assertFalse(controller.isPresenting());
        assertEquals(Set.of("korean-peninsula"), state.getFilter().regionIds());
        assertEquals(Set.of("jp-mod"), state.getHighlightedOrganisations());
        assertTrue(state.getHighlightedRegions().isEmpty());
        assertTrue(state.getSpotlightEvents().isEmpty());
        assertEquals("spacefor-korea-activated", state.getSelectedEvent().id());
        assertEquals(before, state.getVisibleWindow());
        assertNull(controller.stepProperty().get());
    }

    @Test
    void automaticBriefingStepsThroughEveryEvent() {
        controller.start(Briefing.automatic(dataset));
        int steps = 1;
        while (controller.next()) {
            steps++;
        }
        assertEquals(dataset.events().size(), steps);
        assertEquals(dataset.events().get(dataset.events().size() - 1), state.getSelectedEvent());
    }

    @Test
    void loadingAnotherDatasetEndsThePresentation() {
        controller.start(briefing);
        state.setDataset(dataset, "reloaded");
        assertFalse(controller.isPresenting());
    }
}
