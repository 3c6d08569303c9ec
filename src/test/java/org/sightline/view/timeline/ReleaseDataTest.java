package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.ref.WeakReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A timeline given a dataset with nothing to draw keeps nothing of the one it drew before. */
@ExtendWith(ApplicationExtension.class)
class ReleaseDataTest {

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = TestData.showStill(stage, state, 900, 400);
    }

    /** Shows a dataset (lanes with two-line titles measured, the overview drawn) and returns a weak reference to it. */
    private WeakReference<Dataset> showOne(FxRobot robot) {
        Dataset d = TestData.orgTree()
                .event(TestData.event("a1", "2019-12-20", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("b1", "2021-03-01", "2021-04-10", EventStatus.PROPOSED, "b"))
                .event(TestData.event("z1", "2023", null, EventStatus.REPORTED, "z"))
                .build();
        robot.interact(() -> state.setDataset(d, "test"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::layout);
        assertNotNull(view.frame(), "drawn");
        return new WeakReference<>(d);
    }

    @Test
    void anEmptyDatasetLetsGoOfTheEventsDrawnBefore(FxRobot robot) throws InterruptedException {
        WeakReference<Dataset> drawn = showOne(robot);
        robot.interact(() -> state.setDataset(Dataset.builder("empty").build(), "empty"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::layout);
        for (int i = 0; i < 20 && drawn.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(drawn.get(), "the last dataset is still held (a cache key, lanes, labels)");
    }
}
