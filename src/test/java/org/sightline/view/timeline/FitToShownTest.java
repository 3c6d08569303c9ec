package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.TimeWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Zoom to fit (F, Home, the Fit button) fits the events on view: with a filter on, those it leaves. */
@ExtendWith(ApplicationExtension.class)
class FitToShownTest {

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = TestData.showStill(stage, state, 900, 400);
    }

    private static Dataset dataset() {
        return TestData.orgTree()
                .event(TestData.event("a1", "2016-02-01", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("z1", "2021-03-01", null, EventStatus.OCCURRED, "z"))
                .event(TestData.event("z2", "2021-05-20", "2021-06-10", EventStatus.PROPOSED, "z"))
                .event(TestData.event("a2", "2025-11-30", null, EventStatus.OCCURRED, "a"))
                .build();
    }

    @Test
    void fWithAFilterOnFitsTheEventsItLeavesAndWithoutItAllOfThem(FxRobot robot) {
        robot.interact(() -> state.setDataset(dataset(), "test"));
        TimeWindow all = view.navigator().fit();
        assertEquals(all, state.getVisibleWindow(), "a new dataset opens fitted to all of it");

        robot.interact(() -> {
            state.setFilter(state.getFilter().withOrganisations(Set.of("z")));
            view.requestFocus();
        });
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow z = new TimeWindow(TestData.day(2021, 3, 1), TestData.day(2021, 6, 11));
        assertEquals(view.navigator().fitTo(z), state.getVisibleWindow(), "Z's two events, from March to June 2021");
        assertTrue(state.getVisibleWindow().duration() < 200 * TimeWindow.DAY);

        robot.interact(() -> state.setFilter(state.getFilter().withOrganisations(Set.of())));
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, state.getVisibleWindow(), "no filter: all of the data again");

        robot.interact(() -> state.setFilter(state.getFilter().withText("no event says this")));
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, state.getVisibleWindow(), "a filter that leaves nothing: all of the data");
    }
}
