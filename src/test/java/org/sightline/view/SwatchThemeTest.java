package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.TimelineStyle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An organisation coloured black shows in the dark theme's grey in the organisation tree and on the details'
 * chips, as the timeline and its legend draw it, and in its own black in the light theme.
 */
@ExtendWith(ApplicationExtension.class)
class SwatchThemeTest {

    private final ViewState state = new ViewState();
    private HierarchyCheckTree<Organisation> tree;
    private DetailsPane details;
    private TimelineEvent event;

    @Start
    void start(Stage stage) {
        Organisation black = new Organisation("blk", "Black Lane", "BLK", null, null, "#000000", null);
        event = new TimelineEvent("e", "An event", PartialDate.parse("2020-01-02"), null, null, "", List.of("blk"),
                List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null);
        state.setDataset(Dataset.builder("t").organisation(black).event(event).build(), "t.json");
        tree = HierarchyCheckTree.organisations(state);
        details = new DetailsPane(state, url -> { });
        stage.setScene(new Scene(new HBox(tree, details), 800, 400));
        stage.show();
    }

    private Color treeSwatch(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return (Color) robot.from(tree).lookup(".node-swatch").queryAs(Rectangle.class).getFill();
    }

    private Color chipSwatch(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return (Color) ((Rectangle) robot.lookup("#org-blk").queryAs(Button.class).getGraphic()).getFill();
    }

    @Test
    void aBlackOrganisationIsBlackOnLightAndTheTimelinesGreyOnDark(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(event));
        assertEquals(Color.BLACK, treeSwatch(robot));
        assertEquals(Color.BLACK, chipSwatch(robot));
        robot.interact(() -> {
            tree.darkProperty().set(true);
            details.darkProperty().set(true);
        });
        Color onDark = TimelineStyle.dark().colorFor(state.getDataset(), "blk");
        assertTrue(onDark.getBrightness() > 0.3, "the dark timeline draws it in a grey that shows: " + onDark);
        assertEquals(onDark, treeSwatch(robot), "the tree's swatch");
        assertEquals(onDark, chipSwatch(robot), "the chip's swatch");
    }
}
