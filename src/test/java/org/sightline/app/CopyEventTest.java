package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.EventCitation;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+C and the details' Copy put the selected event on the clipboard as text with its sources. */
@ExtendWith(ApplicationExtension.class)
class CopyEventTest {

    private SightlineApp app;

    @Start
    void start(Stage stage) {
        app = new SightlineApp();
        app.show(stage, null);
    }

    private TimelineEvent meeting() {
        return app.state().getDataset().event("kihara-saltzman-meeting").orElseThrow();
    }

    private String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private void clearClipboard(FxRobot robot) {
        robot.interact(() -> {
            ClipboardContent empty = new ClipboardContent();
            empty.putString("");
            Clipboard.getSystemClipboard().setContent(empty);
        });
    }

    @Test
    void ctrlCOnTheTimelineCopiesTheSelectedEventWithItsSources(FxRobot robot) {
        clearClipboard(robot);
        robot.interact(() -> {
            app.state().setSelectedEvent(meeting());
            app.window().timeline().view().requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String text = clipboard(robot);
        assertEquals(EventCitation.of(app.state().getDataset(), meeting(), Locale.getDefault()), text);
        assertTrue(text.startsWith(meeting().title() + "\n"), text);
        assertTrue(text.contains(meeting().sources().get(0).url()), "the sources' links come along: " + text);
    }

    @Test
    void ctrlCInTheSearchFieldCopiesItsTextNotTheEvent(FxRobot robot) {
        clearClipboard(robot);
        TextField search = robot.lookup(".search-field").queryAs(TextField.class);
        robot.interact(() -> {
            app.state().setSelectedEvent(meeting());
            search.setText("Yokota");
            search.requestFocus();
            search.selectAll();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Yokota", clipboard(robot));
    }

    @Test
    void theDetailsCopyButtonCopiesTheEventAndSaysSo(FxRobot robot) {
        clearClipboard(robot);
        robot.interact(() -> app.state().setSelectedEvent(meeting()));
        Button copy = robot.lookup("#detailsCopy").queryAs(Button.class);
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventCitation.of(app.state().getDataset(), meeting(), Locale.getDefault()), clipboard(robot));
        assertEquals("Copied", copy.getText());
    }
}
