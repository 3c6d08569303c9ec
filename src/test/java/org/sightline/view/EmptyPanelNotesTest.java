package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.app.SightlineApp;
import org.sightline.io.BundledDataset;
import org.sightline.io.DatasetFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dataset that names no regions (or no organisations) says so in that panel instead of leaving it blank. */
@ExtendWith(ApplicationExtension.class)
class EmptyPanelNotesTest {

    private SightlineApp app;

    @Start
    void start(Stage stage) {
        app = new SightlineApp();
        app.show(stage, null);
    }

    @Test
    void aDatasetWithoutRegionsSaysSoInTheRegionPanelAndTheCuratedOneDoesNot(FxRobot robot) throws Exception {
        Node regions = robot.lookup("#regionsEmptyNote").query();
        Node organisations = robot.lookup("#organisationsEmptyNote").query();
        assertFalse(regions.isVisible(), "the curated dataset names regions");
        assertFalse(organisations.isVisible());

        var imported = DatasetFiles.read(java.nio.file.Path.of("docs/examples/vis-timeline.json"));
        robot.interact(() -> app.state().setDataset(imported.datasetIfValid().orElseThrow(), "vis-timeline.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(regions.isVisible(), "vis-timeline items name groups, no places");
        assertFalse(organisations.isVisible(), "its groups became organisations");

        robot.interact(() -> app.state().setDataset(BundledDataset.load().dataset(), BundledDataset.NAME));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(regions.isVisible());
    }
}
