package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.io.BundledDataset;
import org.sightline.io.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --present --dataset FILE}: the window opens presenting that file, not the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class StartupPresentTest {

    private Stage stage;
    private SightlineApp app;
    private String warmup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Starts the app as {@code --present --dataset file} does. */
    private void launch(FxRobot robot, Path file) {
        warmup = System.setProperty("sightline.warmup", "false");
        SightlineApp.startupDataset = file;
        SightlineApp.startupPresent = true;
        robot.interact(() -> {
            app = new SightlineApp();
            app.start(stage);
        });
    }

    @AfterEach
    void reset() {
        SightlineApp.startupDataset = null;
        SightlineApp.startupPresent = false;
        if (warmup == null) {
            System.clearProperty("sightline.warmup");
        } else {
            System.setProperty("sightline.warmup", warmup);
        }
    }

    @Test
    void presentWithADatasetFilePresentsThatFile(FxRobot robot) throws Exception {
        launch(robot, Fixtures.path("valid-minimal.json"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.briefings().isPresenting());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Minimal fixture", app.state().getDataset().title());
        assertTrue(app.briefings().isPresenting(), "still presenting once the file is in place");
        assertEquals(app.state().getDataset().events().get(0), app.state().getSelectedEvent(),
                "its first step: the file's first event (it has no briefing of its own)");
    }

    @Test
    void aFileThatFailsToOpenIsNotPresentedAndTheWindowStaysAsItWas(FxRobot robot) {
        launch(robot, Fixtures.path("malformed.json"));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.briefings().isPresenting(), "nothing is presented over the file's problems");
        assertEquals(BundledDataset.load().dataset().title(), app.state().getDataset().title());
    }
}
