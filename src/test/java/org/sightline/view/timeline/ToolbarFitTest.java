package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline's toolbar keeps every tool on the bar in a narrow window by dropping its "Lanes:" caption. */
@ExtendWith(ApplicationExtension.class)
class ToolbarFitTest {

    /** What the timeline gets of a 1280 px window with the default panels. */
    private static final double NARROW = 620;

    private Stage stage;
    private ToolBar bar;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TimelinePane pane = new TimelinePane(new ViewState());
        stage.setScene(new Scene(pane, 1000, 400));
        stage.show();
        bar = (ToolBar) pane.lookup("#timelineToolbar");
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
    }

    private Label caption() {
        return (Label) bar.getItems().stream().filter(n -> n instanceof Label l && l.getText().equals("Lanes:"))
                .findFirst().orElseThrow();
    }

    private boolean overflowShown() {
        Node button = bar.lookup(".tool-bar-overflow-button");
        return button != null && button.isVisible();
    }

    private boolean onTheBar(String id) {
        Node tool = bar.lookup(id);
        return tool != null && tool.getScene() != null && tool.isVisible()
                && tool.localToScene(tool.getBoundsInLocal()).getMaxX() <= bar.getWidth() + 0.5;
    }

    @Test
    void everyToolStaysOnTheBarAtANarrowWidth(FxRobot robot) {
        resize(robot, NARROW);
        assertFalse(overflowShown(), "overflow menu shown at " + bar.getWidth());
        assertTrue(onTheBar("#timelineAnimate"));
        assertTrue(onTheBar("#timelineGrouping"));
        assertFalse(caption().isVisible(), "the caption gives way first");
    }

    @Test
    void theCaptionComesBackWhenTheTypeShrinksAgainAtTheSameWidth(FxRobot robot) {
        resize(robot, 1000);
        assertTrue(caption().isVisible());
        // Presenting's large type, then the window's own again (leaving presenting), at one width throughout.
        robot.interact(() -> bar.getParent().setStyle("-fx-font-size: 26px;"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertFalse(caption().isVisible(), "large type: the caption gives way");
        robot.interact(() -> bar.getParent().setStyle(""));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertTrue(caption().isVisible(), "back to the usual type, it is back");
        assertFalse(overflowShown());
    }

    @Test
    void theCaptionComesBackWhenThereIsRoomAgain(FxRobot robot) {
        resize(robot, NARROW);
        assertFalse(caption().isVisible());
        resize(robot, 1000);
        assertTrue(caption().isVisible());
        assertFalse(overflowShown());
        resize(robot, NARROW);
        assertFalse(caption().isVisible());
    }
}
