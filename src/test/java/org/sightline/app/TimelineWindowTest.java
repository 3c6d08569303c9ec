package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline in the real window: wheel, drag, click and keys. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {

    private SightlineApp app;
    private TimelineView view;
    private ViewState state;

    @Start
    void start(Stage stage) {
        app = new SightlineApp();
        app.show(stage, null);
        view = app.window().timeline().view();
        view.setAnimated(false);
        state = app.state();
    }

    private Point2D plotPoint(double fx, double fy) {
        Bounds b = view.localToScreen(view.getLayoutBounds());
        return new Point2D(b.getMinX() + 170 + (b.getWidth() - 180) * fx, b.getMinY() + b.getHeight() * fy);
    }

    @Test
    void opensFittedToTheDataset() {
        TimeWindow w = state.getVisibleWindow();
        TimeWindow extent = state.getDataset().extent().orElseThrow();
        assertTrue(w.startMillis() <= extent.startMillis() && w.endMillis() >= extent.endMillis(), w.toString());
        assertTrue(w.duration() < extent.duration() * 1.25, w.toString());
        long roomAfter = w.endMillis() - extent.endMillis();
        assertTrue(roomAfter > 0.15 * extent.duration(), "room for the last event's label: " + w);
    }

    @Test
    void theDarkVariantComesFromTheStylesheet(FxRobot robot) {
        assertEquals(javafx.scene.paint.Color.web("#ffffff"), view.timelineStyle().background());
        robot.interact(() -> {
            view.setDark(true);
            view.applyCss();
        });
        assertEquals(javafx.scene.paint.Color.web("#15191f"), view.timelineStyle().background());
        assertEquals("dark", view.timelineStyle().name());
    }

    @Test
    void wheelZoomsAboutTheCursor(FxRobot robot) {
        TimeWindow before = state.getVisibleWindow();
        Point2D p = plotPoint(0.3, 0.5);
        robot.moveTo(p);
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = state.getVisibleWindow();
        assertNotEquals(before.duration(), after.duration(), "the wheel did not zoom");
        // The instant under the cursor stays put: its fraction of the window is unchanged.
        Bounds b = view.localToScreen(view.getLayoutBounds());
        double plotX = p.getX() - b.getMinX();
        double t = instantAt(before, plotX);
        assertEquals(plotX, xOf(after, t), 1.5);
    }

    private double plotWidth() {
        return view.getWidth() - 4 - 168 - 4;
    }

    private double instantAt(TimeWindow w, double x) {
        return w.startMillis() + (x - 2 - 168) * w.duration() / plotWidth();
    }

    private double xOf(TimeWindow w, double t) {
        return 2 + 168 + (t - w.startMillis()) * plotWidth() / w.duration();
    }

    @Test
    void draggingPansTheWindow(FxRobot robot) {
        TimeWindow before = state.getVisibleWindow();
        robot.drag(plotPoint(0.6, 0.55)).moveBy(-150, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = state.getVisibleWindow();
        assertEquals(before.duration(), after.duration());
        assertTrue(after.startMillis() > before.startMillis(), "dragging left should move later in time");
    }

    /** A point in the overview band under the main band, at a fraction of its plot width. */
    private Point2D overviewPoint(double fx) {
        Bounds b = view.localToScreen(view.getLayoutBounds());
        return new Point2D(b.getMinX() + 168 + (b.getWidth() - 172) * fx, b.getMaxY() - 20);
    }

    @Test
    void theOverviewBoxIsLinkedToTheMainBandBothWays(FxRobot robot) {
        TimeWindow fitted = state.getVisibleWindow();
        long quarter = fitted.duration() / 4;
        TimeWindow late = new TimeWindow(fitted.endMillis() - quarter, fitted.endMillis());
        robot.interact(() -> state.setVisibleWindow(late));
        // Pressing the overview away from the box centres the window there, keeping its length.
        robot.clickOn(overviewPoint(0.1));
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow moved = state.getVisibleWindow();
        assertEquals(late.duration(), moved.duration());
        assertTrue(moved.endMillis() < late.startMillis(), "the window moved to the early part: " + moved);
        // Dragging the box moves the window with it.
        double centre = (moved.startMillis() + moved.endMillis()) / 2.0;
        double fx = (centre - fitted.startMillis()) / (double) fitted.duration();
        robot.drag(overviewPoint(Math.max(0.02, Math.min(0.98, fx)))).moveBy(200, 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow dragged = state.getVisibleWindow();
        assertEquals(moved.duration(), dragged.duration());
        assertTrue(dragged.startMillis() > moved.startMillis(), "dragging the box right moves later: " + dragged);
    }

    @Test
    void clickingAnEventSelectsItAndTheDetailsPaneShowsIt(FxRobot robot) throws Exception {
        TimelineEvent korea = state.getDataset().event("spacefor-korea-activated").orElseThrow();
        Bounds at = WaitForAsyncUtils.asyncFx(() -> view.boundsOf(korea).orElseThrow()).get();
        Point2D centre = view.localToScreen(at.getMinX() + 6, at.getMinY() + at.getHeight() / 2);
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(korea, state.getSelectedEvent());
        assertEquals(korea.title(), robot.lookup("#detailsTitle").queryAs(Label.class).getText());
    }

    @Test
    void keysMoveTheSelectionZoomAndClear(FxRobot robot) {
        robot.clickOn(plotPoint(0.02, 0.97));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isFocused(), "clicking the timeline focuses it");
        robot.interact(() -> state.setSelectedEvent(state.getFilteredEvents().get(3)));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals(state.getFilteredEvents().get(4), state.getSelectedEvent());
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertEquals(state.getFilteredEvents().get(2), state.getSelectedEvent());

        TimeWindow fitted = state.getVisibleWindow();
        robot.type(KeyCode.ADD);
        assertEquals(fitted.duration() / 1.5, state.getVisibleWindow().duration(), fitted.duration() * 0.01);
        robot.type(KeyCode.RIGHT);
        assertTrue(state.getVisibleWindow().startMillis() > fitted.startMillis());
        robot.type(KeyCode.F);
        assertEquals(fitted, state.getVisibleWindow());

        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#detailsCopy").query().isFocused(), "Enter shows the details, the keyboard on them");
        robot.clickOn(plotPoint(0.02, 0.97));
        robot.interact(() -> state.setSelectedEvent(state.getFilteredEvents().get(2)));
        robot.type(KeyCode.ESCAPE);
        assertNull(state.getSelectedEvent());
        robot.type(KeyCode.TAB);
        assertTrue(!view.isFocused(), "Tab moves focus on");
    }
}
