package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.io.ViewSpecJson;
import org.sightline.io.png.PngTextReader;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.ExportDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path dir;
    private SightlineApp app;

    @Start
    void start(Stage stage) {
        app = new SightlineApp();
        app.show(stage, null);
    }

    private ExportDialog openWithShortcut(FxRobot robot) {
        robot.clickOn("#statusTitle");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        return (ExportDialog) Window.getWindows().stream().filter(w -> w instanceof ExportDialog).findFirst()
                .orElseThrow(() -> new AssertionError("Ctrl+E opens the export dialog"));
    }

    @Test
    void theDialogExportsWhatItsPreviewShows(FxRobot robot) throws Exception {
        ExportDialog dialog = openWithShortcut(robot);
        Path target = dir.resolve("slide.png");
        robot.clickOn("#exportTheme").clickOn("dark");
        robot.clickOn("#exportPanels");
        robot.interact(() -> robot.lookup("#exportPath").queryAs(TextField.class).setText(target.toString()));
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        ViewSpec spec = dialog.spec();
        ViewSpec preview = dialog.previewSpec();
        Image previewImage = dialog.previewImage();
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.statusText().startsWith("Saved"));

        ViewSpec written = ViewSpecJson.parse(PngTextReader.find(PngTextReader.read(target), ViewSpecJson.KEYWORD));
        assertEquals(spec, written, "the file holds the dialog's settings");
        assertEquals("dark", written.theme());
        assertTrue(written.panels());
        assertEquals(spec.withSize(preview.pixelWidth(), preview.pixelHeight(), preview.scale()), preview,
                "the preview differs only in size");
        assertEquals(spec.layoutWidth(), preview.layoutWidth(), 1.0);

        Image exported = new Image(target.toUri().toString(), preview.pixelWidth(), preview.pixelHeight(), false, true);
        double difference = meanDifference(exported, previewImage);
        assertTrue(difference < 12, "downscaled export matches the preview; mean difference " + difference);
    }

    @Test
    void lanesFoldedOnScreenAreFoldedInTheExport(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.state().setLaneGrouping(org.sightline.model.LaneGrouping.ORGANISATION_TREE);
            app.state().getCollapsedLanes().add("dod");
        });
        ExportDialog dialog = openWithShortcut(robot);
        ViewSpec spec = dialog.spec();
        assertEquals(java.util.Set.of("dod"), spec.collapsedLanes(), "the dialog takes the folded lanes");
        org.sightline.view.export.ExportContent content = org.sightline.view.export.ExportContent.of(
                app.state().getDataset(), spec, java.util.Locale.US, 0);
        assertEquals(java.util.Set.of("dod"), content.frame().collapsedLanes(), "and the drawing folds them");
        org.sightline.view.export.ExportContent unfolded = org.sightline.view.export.ExportContent.of(
                app.state().getDataset(), spec.withCollapsedLanes(java.util.Set.of()), java.util.Locale.US, 0);
        int[] lanes = new int[2];
        robot.interact(() -> {
            lanes[0] = lanesOf(content);
            lanes[1] = lanesOf(unfolded);
        });
        assertTrue(lanes[0] < lanes[1], "folding DoD leaves fewer lanes: " + lanes[0] + " against " + lanes[1]);
        robot.interact(dialog::close);
    }

    @Test
    void theExportStartsItsLanesWhereTheWindowsLanesAreScrolledTo(FxRobot robot) {
        org.sightline.view.timeline.TimelineView timeline = robot.lookup("#timeline")
                .queryAs(org.sightline.view.timeline.TimelineView.class);
        robot.interact(() -> app.state().setLaneGrouping(org.sightline.model.LaneGrouping.ORGANISATION_TREE));
        robot.interact(() -> timeline.scrollLanes(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, timeline.getFirstLane(), "the organisation tree's lanes do not all fit, so they scroll");
        String first = app.state().getFirstLane();
        assertTrue(first != null, "the shared state names the lane shown first");
        ExportDialog dialog = openWithShortcut(robot);
        assertEquals(first, dialog.spec().firstLane(), "the dialog takes it");
        assertEquals(first, dialog.previewSpec().firstLane(), "and so does its preview");
        robot.interact(dialog::close);
    }

    @Test
    void anExportOfTheSelectedEventIsAboutItAndDrawsItSelected(FxRobot robot) {
        org.sightline.model.TimelineEvent meeting = app.state().getDataset().events().stream()
                .filter(e -> e.title().startsWith("Saltzman meets")).findFirst().orElseThrow();
        robot.interact(() -> app.state().setSelectedEvent(meeting));
        ExportDialog dialog = openWithShortcut(robot);
        assertEquals(null, dialog.spec().focusEvent(), "the visible window is about no event in particular");
        robot.clickOn("#exportWhatSELECTION");
        WaitForAsyncUtils.waitForFxEvents();
        ViewSpec spec = dialog.spec();
        assertEquals(meeting.id(), spec.focusEvent());
        org.sightline.view.export.ExportContent content = org.sightline.view.export.ExportContent.of(
                app.state().getDataset(), spec, java.util.Locale.US, 0);
        assertEquals(meeting, content.frame().selected(), "the image rings and underlines it, as the window does");
        robot.interact(dialog::close);
    }

    private static int lanesOf(org.sightline.view.export.ExportContent content) {
        org.sightline.view.timeline.TimelineRenderer renderer = new org.sightline.view.timeline.TimelineRenderer();
        renderer.prepare(content.frame(), 0, 0, 1600, 900, 1);
        return renderer.lanes().size();
    }

    @Test
    void exportingOverAnExistingFileAsksAndCancelKeepsIt(FxRobot robot) throws Exception {
        ExportDialog dialog = openWithShortcut(robot);
        Path target = Files.writeString(dir.resolve("exists.png"), "old");
        robot.interact(() -> robot.lookup("#exportPath").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("old", Files.readString(target));
        assertTrue(dialog.isShowing());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aFailedExportIsShownAndTheDialogKeepsItsSettings(FxRobot robot) throws Exception {
        ExportDialog dialog = openWithShortcut(robot);
        Path target = dir.resolve("missing").resolve("out.png");
        robot.interact(() -> robot.lookup("#exportTitle").queryAs(TextField.class).setText("Kept title"));
        robot.interact(() -> robot.lookup("#exportPath").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.statusText().startsWith("Not saved"));
        assertEquals("Not saved: cannot write " + target + ": the folder " + target.getParent() + " does not exist",
                dialog.statusText());
        assertEquals("Kept title", dialog.spec().title());
        assertTrue(robot.lookup("Could not export the PNG").tryQuery().isPresent());
    }

    private static double meanDifference(Image a, Image b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        double total = 0;
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                total += Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                n += 3;
            }
        }
        return total / n;
    }
}
