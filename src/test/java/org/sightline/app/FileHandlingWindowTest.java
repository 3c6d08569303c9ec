package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.controller.AppPreferences;
import org.sightline.controller.RecentFiles;
import org.sightline.io.DatasetFiles;
import org.sightline.io.DatasetFormat;
import org.sightline.io.Fixtures;
import org.sightline.io.LoadResult;
import org.sightline.model.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FileHandlingWindowTest {

    @TempDir
    Path dir;

    private SightlineApp app;

    @Start
    void start(Stage stage) {
        assertEquals("sightline-test", System.getProperty(AppPreferences.ROOT_PROPERTY),
                "tests must never touch the user's settings");
        new RecentFiles(AppPreferences.root()).clear();
        AppPreferences.root().putBoolean(FileSupport.RELOAD_ON_CHANGE, false);
        app = new SightlineApp();
        app.show(stage, null);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    s.close();
                }
            }
            app.fileSupport().close();
        });
    }

    private static Path fixture(String name) {
        return Fixtures.path("import/" + name);
    }

    /** Writes {@code text} to a new file {@code name}, opens it and waits for the dataset titled {@code title}. */
    private Path openNew(FxRobot robot, String name, String text, String title) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        robot.interact(() -> app.datasets().open(file));
        waitForTitle(title);
        return file;
    }

    /** Writes {@code text} over {@code file} and asks for a reload, as File → Reload does. */
    private void rewriteAndReload(FxRobot robot, Path file, String text) throws Exception {
        Files.writeString(file, text);
        robot.interact(() -> app.datasets().reload());
    }

    private void waitForEventTitled(String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.state().getDataset().events().stream()
                .anyMatch(e -> e.title().equals(title)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForTitle(String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.equals(app.state().getDataset().title()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void droppingATimelineJsFileOpensItAndAddsItToRecentFiles(FxRobot robot) throws Exception {
        boolean[] accepted = new boolean[1];
        robot.interact(() -> accepted[0] = app.window().fileDrop().drop(List.of(fixture("timelinejs.json").toFile())));
        assertTrue(accepted[0]);
        waitForTitle("Space Force in the Indo-Pacific");
        assertEquals("Space Force in the Indo-Pacific", robot.lookup("#statusTitle").queryAs(Label.class).getText());
        assertEquals(fixture("timelinejs.json").toAbsolutePath(), app.fileSupport().recentFiles().files().get(0));
        assertEquals(fixture("timelinejs.json"), app.datasets().getCurrentFile());
        List<Path> persisted = new RecentFiles(AppPreferences.root()).files();
        assertEquals(fixture("timelinejs.json").toAbsolutePath(), persisted.get(0), "kept between runs");
    }

    @Test
    void aDropOfAFolderOrOfSeveralFilesIsNotAccepted(FxRobot robot) {
        Dataset before = app.state().getDataset();
        boolean[] accepted = new boolean[2];
        robot.interact(() -> {
            accepted[0] = app.window().fileDrop().drop(List.of(dir.toFile()));
            accepted[1] = app.window().fileDrop().drop(List.of(fixture("vis.json").toFile(),
                    fixture("timelinejs.json").toFile()));
        });
        assertFalse(accepted[0]);
        assertFalse(accepted[1]);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, app.state().getDataset());
    }

    @Test
    void aFileWithRowErrorsIsRefusedAndTheDialogCanImportTheValidRows(FxRobot robot) throws Exception {
        Dataset before = app.state().getDataset();
        robot.interact(() -> app.datasets().open(fixture("vis-errors.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importValidRows").tryQuery().isPresent());
        String text = robot.lookup("#problemsText").queryAs(TextArea.class).getText();
        assertTrue(text.contains("vis-errors.json:9:5: items[2]: a range item needs an \"end\""), text);
        assertSame(before, app.state().getDataset(), "the old dataset stays");
        robot.clickOn((Node) robot.lookup("#importValidRows").queryAs(Button.class));
        waitForTitle("vis-errors");
        assertEquals(1, app.state().getDataset().events().size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemsText").tryQuery()
                .map(n -> ((TextArea) n).getText().contains("skipped items[2]: a range item needs an \"end\""))
                .orElse(false));
    }

    @Test
    void aNativeFileWithErrorsDoesNotOfferToImportValidRows(FxRobot robot) throws Exception {
        robot.interact(() -> app.datasets().open(Fixtures.path("many-problems.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemsText").tryQuery().isPresent());
        assertFalse(robot.lookup("#importValidRows").tryQuery().isPresent());
    }

    @Test
    void reloadReadsTheFileAgainAndTheToggleReloadsWhenItChanges(FxRobot robot) throws Exception {
        Path file = openNew(robot, "sheet.csv", "Year,Headline,Type\n,First title,title\n2020,A,\n", "First title");
        rewriteAndReload(robot, file, "Year,Headline,Type\n,Second title,title\n2020,A,\n");
        waitForTitle("Second title");

        robot.interact(() -> app.window().reloadOnChangeItem().setSelected(true));
        assertTrue(app.fileSupport().isWatching());
        Files.writeString(file, "Year,Headline,Type\n,Third title,title\n2020,A,\n");
        waitForTitle("Third title");
        robot.interact(() -> app.window().reloadOnChangeItem().setSelected(false));
        assertFalse(app.fileSupport().isWatching());
    }

    @Test
    void aReloadKeepsTheSelectedEventAndTheWindowOnView(FxRobot robot) throws Exception {
        Path file = openNew(robot, "sheet.csv", "Year,Month,Day,Headline\n2020,1,5,Alpha\n2020,3,1,Bravo\n2021,6,1,Charlie\n", "sheet");
        var charlie = app.state().getDataset().events().stream().filter(e -> e.title().equals("Charlie")).findFirst()
                .orElseThrow();
        var window = new org.sightline.model.TimeWindow(charlie.startMillis() - 20 * org.sightline.model.TimeWindow.DAY,
                charlie.startMillis() + 40 * org.sightline.model.TimeWindow.DAY);
        robot.interact(() -> {
            app.state().setVisibleWindow(window);
            app.state().setSelectedEvent(charlie);
        });
        rewriteAndReload(robot, file, "Year,Month,Day,Headline\n2020,1,5,Alpha edited\n2020,3,1,Bravo\n2021,6,1,Charlie\n");
        waitForEventTitled("Alpha edited");
        assertEquals(charlie.id(), app.state().getSelectedEvent() == null ? null : app.state().getSelectedEvent().id(),
                "the same event, by its id, is still selected");
        assertEquals(window, app.state().getVisibleWindow(), "and the view has not moved");
    }

    @Test
    void aFileSavedBrokenTwiceShowsOneReportThatClosesWhenTheFileIsFixed(FxRobot robot) throws Exception {
        Path file = openNew(robot, "watched.csv", "Year,Headline\n2020,Good\n", "watched");
        rewriteAndReload(robot, file, "Year,Headline\n20x0,Broken once\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemsText").tryQuery().isPresent());
        rewriteAndReload(robot, file, "Year,Headline\n20y0,Broken twice\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemsText").queryAll().stream()
                .anyMatch(n -> ((TextArea) n).getText().contains("20y0")));
        assertEquals(1, robot.lookup("#problemsText").queryAll().size(), "one report, the latest");
        rewriteAndReload(robot, file, "Year,Headline\n2020,Fixed\n");
        waitForEventTitled("Fixed");
        assertTrue(robot.lookup("#problemsText").queryAll().isEmpty(), "the stale report closed with the fix");
    }

    @Test
    void saveAsWritesANativeCopyThatOpensWithTheSameEvents(FxRobot robot) throws Exception {
        robot.interact(() -> app.datasets().open(fixture("timelinejs.csv")));
        waitForTitle("Space Force timeline");
        Path target = dir.resolve("copy.csv");
        robot.interact(() -> app.fileSupport().save(target, DatasetFormat.NATIVE_CSV));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));
        LoadResult back = DatasetFiles.read(target);
        assertNotNull(back.dataset(), back.problems()::toString);
        assertEquals(app.state().getDataset().events(), back.dataset().events());
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhyInWords(FxRobot robot) throws Exception {
        Path target = dir.resolve("missing-folder").resolve("copy.json");
        java.util.concurrent.atomic.AtomicReference<String> message = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> app.datasets().saveAs(target, DatasetFormat.NATIVE_JSON, message::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.get() != null);
        assertEquals("cannot write " + target + ": the folder " + target.getParent() + " does not exist", message.get());
        assertFalse(Files.exists(target));
    }
}
