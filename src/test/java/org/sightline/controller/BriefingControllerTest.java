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

    @Test
    void aStepAboutAnEventIsShownInTheWindowItsFramingGives() {
        // A framing as the timeline's would be: move the window a month later.
        long month = 30 * TimeWindow.DAY;
        controller.setFraming((event, window) -> window.pan(month));
        controller.start(briefing);
        TimeWindow own = briefing.steps().get(0).window(dataset);
        assertEquals(own.pan(month), state.getVisibleWindow());
        controller.next();
        assertEquals(briefing.steps().get(1).window(dataset).pan(month), state.getVisibleWindow());
    }

    @Test
    void aStepWithItsOwnWindowIsShownAsItsAuthorGaveIt() {
        var step = new org.sightline.model.BriefingStep("ussf-established",
                org.sightline.model.PartialDate.parse("2019-01"), org.sightline.model.PartialDate.parse("2020-12"),
                List.of(), List.of(), "Own window", null);
        controller.setFraming((event, window) -> window.pan(TimeWindow.DAY));
        controller.start(new Briefing("own", "Own", List.of(step)));
        assertEquals(step.window(dataset), state.getVisibleWindow());
        assertEquals("ussf-established", state.getSelectedEvent().id(), "its event is still selected");
    }

    @Test
    void reframingShowsTheStepAsTheFramingNowGivesUnlessTheUserMovedAway() {
        long[] shift = {0};
        controller.setFraming((event, window) -> window.pan(shift[0]));
        assertFalse(controller.reframe(), "nothing to reframe before presenting");
        controller.start(briefing);
        TimeWindow own = briefing.steps().get(0).window(dataset);
        assertEquals(own, state.getVisibleWindow());
        assertFalse(controller.reframe(), "the same framing changes nothing");

        shift[0] = 7 * TimeWindow.DAY; // say, presenting type has made the step's label wider
        assertTrue(controller.reframe());
        assertEquals(own.pan(shift[0]), state.getVisibleWindow());

        TimeWindow users = state.getVisibleWindow().zoom(0.5, state.getVisibleWindow().startMillis());
        state.setVisibleWindow(users);
        shift[0] = 14 * TimeWindow.DAY;
        assertFalse(controller.reframe(), "a window the user zoomed to is left alone");
        assertEquals(users, state.getVisibleWindow());

        controller.stop();
        assertFalse(controller.reframe());
    }
}
