package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.DatasetController;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledDataset;
import org.sightline.io.DatasetFiles;
import org.sightline.io.Fixtures;
import org.sightline.io.LoadResult;
import org.sightline.model.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoadProgressTest {

    private final ViewState state = new ViewState();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private DatasetController datasets;
    private LoadProgress progress;

    @Start
    void start(Stage stage) {
        // A loader that waits until the test releases it: a slow file.
        datasets = new DatasetController(state, file -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DatasetFiles.read(file);
        }, executor, fp -> { });
        datasets.apply(Path.of(BundledDataset.NAME), BundledDataset.load());
        progress = new LoadProgress(datasets);
        stage.setScene(new Scene(progress, 600, 60));
        stage.show();
    }

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aSlowLoadShowsWhatIsOpeningAndCanBeCancelledKeepingTheOldDataset(FxRobot robot) throws Exception {
        Dataset before = state.getDataset();
        assertFalse(progress.isVisible(), "nothing to show before a load");
        Task<?>[] task = new Task<?>[1];
        robot.interact(() -> task[0] = datasets.open(Fixtures.path("import/vis.json")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, progress::isVisible);
        assertEquals("Opening vis.json…", robot.lookup("#loadMessage").queryAs(Label.class).getText());
        assertTrue(datasets.loadingProperty().get());
        robot.clickOn("#loadCancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !progress.isVisible());
        assertTrue(task[0].isCancelled());
        release.countDown();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, state.getDataset(), "a cancelled load changes nothing");
        assertFalse(datasets.loadingProperty().get());
    }

    @Test
    void aNewerLoadReplacesTheOneRunningAndOnlyItsResultIsApplied(FxRobot robot) throws Exception {
        robot.interact(() -> {
            datasets.open(Fixtures.path("import/vis.json"));
            datasets.open(Fixtures.path("import/vis-array.json"));
        });
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "vis-array".equals(state.getDataset().title()));
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vis-array", state.getDataset().title());
    }

    @Test
    void whenALoadEndsItsDatasetIsAlreadyInPlace(FxRobot robot) throws Exception {
        String[] seen = new String[1];
        robot.interact(() -> datasets.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                seen[0] = state.getDataset().title();
            }
        }));
        robot.interact(() -> datasets.open(Fixtures.path("import/vis-array.json")));
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen[0] != null);
        assertEquals("vis-array", seen[0], "whoever waits for the load finds the new data, not the old");
    }
}
