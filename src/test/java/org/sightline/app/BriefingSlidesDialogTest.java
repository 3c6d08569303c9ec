package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.view.export.BriefingSlidesDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export Briefing Slides…: writes every step in the background and says so; a failure keeps the settings. */
@ExtendWith(ApplicationExtension.class)
class BriefingSlidesDialogTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        new SightlineApp().show(stage, null);
    }

    private BriefingSlidesDialog open(FxRobot robot) {
        robot.clickOn("#menuFile").clickOn("#menuExportSlides");
        WaitForAsyncUtils.waitForFxEvents();
        return (BriefingSlidesDialog) Window.getWindows().stream().filter(w -> w instanceof BriefingSlidesDialog)
                .findFirst().orElseThrow(() -> new AssertionError("the menu opens the slides dialog"));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theMenuWritesOneSlidePerStepAndTheIndex(FxRobot robot) throws Exception {
        BriefingSlidesDialog dialog = open(robot);
        Path target = dir.resolve("class").resolve("slides");
        robot.interact(() -> robot.lookup("#slidesFolder").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#slidesTheme").clickOn("print");
        robot.clickOn("#slidesExport");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dialog.statusText().startsWith("Wrote"));
        assertEquals("Wrote 12 slides (1920 × 1080 pixels) and index.md to " + target + ".", dialog.statusText());
        List<String> names = names(target);
        assertEquals(13, names.size(), names.toString());
        assertTrue(names.contains("step-12.png") && names.contains("index.md"), names.toString());
        BufferedImage img = ImageIO.read(target.resolve("step-05.png").toFile());
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());
    }

    @Test
    void aFolderThatCannotBeWrittenIsExplainedAndTheSettingsStay(FxRobot robot) throws Exception {
        BriefingSlidesDialog dialog = open(robot);
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        Path target = blocker.resolve("slides");
        robot.interact(() -> robot.lookup("#slidesFolder").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#slidesTheme").clickOn("dark");
        robot.clickOn("#slidesExport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.statusText().startsWith("Slides not written"));
        assertTrue(dialog.statusText().contains("a-file"), dialog.statusText());
        assertTrue(dialog.isShowing(), "the dialog stays open");
        assertEquals(target, dialog.folder(), "the folder is kept");
        assertEquals("dark", robot.lookup("#slidesTheme").queryComboBox().getValue());
        assertEquals(List.of("a-file"), names(dir));
    }
}
