package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.AccessibleAttribute;
import javafx.scene.input.KeyCode;
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

/** What a screen reader is told about the timeline, and when. */
@ExtendWith(ApplicationExtension.class)
class TimelineAccessibilityTest {

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = TestData.showStill(stage, state, 800, 300);
        view.setAccessibilityListening(() -> true); // as when a screen reader has asked about the window
        view.localeProperty().set(Locale.UK);
        Dataset d = TestData.orgTree()
                .event(TestData.event("first", "2019-12", null, EventStatus.PROPOSED, "a"))
                .event(TestData.event("second", "2021-03-17", null, EventStatus.ESTABLISHED, "z")).build();
        state.setDataset(d, "test");
    }

    @Test
    void ctrlRightSelectsTheFirstEventAndTheTimelineReadsItAtOnce(FxRobot robot) {
        int before = announcements(robot);
        robot.interact(view::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String text = text();
        assertTrue(text.contains("Selected: Event first, Dec 2019, proposed, A."), text);
        assertTrue(announcements(robot) > before, "the new selection is announced without waiting for a rest");
    }

    @Test
    void anAnimatedZoomIsAnnouncedOnceWhenItRestsWithItsNewWindow(FxRobot robot) {
        robot.interact(() -> view.setAnimated(true));
        rest(); // the fit on loading is announced once it rests
        String fitted = text();
        AtomicInteger moves = new AtomicInteger();
        robot.interact(() -> state.visibleWindowProperty().addListener(o -> moves.incrementAndGet()));
        int before = announcements(robot);

        robot.interact(view::requestFocus);
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.sleep((long) TimelineView.ANIMATION_MS, TimeUnit.MILLISECONDS);
        rest();

        assertTrue(moves.get() > 1, "the zoom moved the window in several frames: " + moves.get());
        assertEquals(before + 1, announcements(robot), "one announcement for the whole zoom");
        assertNotEquals(fitted, text(), "the summary reads the zoomed window");
    }

    /** Waits long enough for a window that stopped moving to be announced. */
    private static void rest() {
        WaitForAsyncUtils.sleep((long) (3 * SummaryAnnouncer.REST_MS), TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withNoScreenReaderListeningNothingIsAnnouncedAndNoPauseRuns(FxRobot robot) {
        robot.interact(() -> view.setAccessibilityListening(() -> false));
        rest();
        int before = announcements(robot);
        robot.interact(view::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        robot.type(KeyCode.ADD);
        rest();
        assertEquals(before, announcements(robot));
        assertTrue(text().contains("Selected: Event first"), "the summary is still there when asked for");
    }

    private String text() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> (String) view.queryAccessibleAttribute(AccessibleAttribute.TEXT)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int announcements(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(view::announcements).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
