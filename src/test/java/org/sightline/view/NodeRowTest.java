package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tree row too narrow for everything gives up its long name first, then shortens its short name; never its count. */
@ExtendWith(ApplicationExtension.class)
class NodeRowTest {

    private Label shortName;
    private Label longName;
    private Label count;
    private NodeRow row;

    @Start
    void start(Stage stage) {
        shortName = new Label("USSPACEFOR-INDOPAC");
        longName = new Label("U.S. Space Forces Indo-Pacific");
        count = new Label("12");
        row = new NodeRow(new CheckBox(), new Rectangle(10, 10), shortName, longName, count, r -> { });
        row.setManaged(false); // sized by the test alone, as a tree cell sizes its graphic
        stage.setScene(new Scene(new Pane(row), 800, 60));
        stage.show();
    }

    private void layOut(FxRobot robot, double width) {
        robot.interact(() -> {
            row.resize(width, row.prefHeight(-1));
            row.layout();
        });
    }

    private static double right(javafx.scene.Node n) {
        return n.getLayoutX() + n.getLayoutBounds().getWidth();
    }

    @Test
    void aWideRowShowsEverythingAtItsPreferredWidth(FxRobot robot) {
        layOut(robot, row.prefWidth(-1) + 40);
        assertEquals(shortName.prefWidth(-1), shortName.getWidth(), 1);
        assertTrue(longName.isVisible());
        assertEquals(longName.prefWidth(-1) + 40, longName.getWidth(), 3, "the long name takes the spare room");
        assertEquals(row.getWidth(), right(count), 0.5, "the count sits at the right end");
    }

    @Test
    void aNarrowRowGivesUpTheLongNameBeforeTheShortOne(FxRobot robot) {
        double withoutLong = row.prefWidth(-1) - longName.prefWidth(-1);
        layOut(robot, withoutLong + 10);
        assertEquals(shortName.prefWidth(-1), shortName.getWidth(), 1, "the short name is whole");
        assertFalse(longName.isVisible(), "no room left for more than an ellipsis: the long name gives way");
        assertEquals(count.prefWidth(-1), count.getWidth(), 1);
        assertEquals(row.getWidth(), right(count), 0.5);
    }

    @Test
    void aVeryNarrowRowShortensTheShortNameAndKeepsTheCount(FxRobot robot) {
        layOut(robot, row.minWidth(-1) + 60);
        assertTrue(shortName.getWidth() < shortName.prefWidth(-1), "the short name is cut (ending in …)");
        assertFalse(longName.isVisible());
        assertEquals(count.prefWidth(-1), count.getWidth(), 1, "the count is whole");
        assertTrue(right(count) <= row.getWidth() + 0.5, "and inside the row");
        assertTrue(right(shortName) <= count.getLayoutX(), "nothing overlaps the count");
    }
}
