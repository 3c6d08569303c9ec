package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Briefing;
import org.sightline.view.SpeakerNotesWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Speaker notes: the presenter's window follows the steps, keeps time, and takes the clicker's keys. */
@ExtendWith(ApplicationExtension.class)
class SpeakerNotesTest {

    private SightlineApp app;
    private Stage stage;
    private SpeakerNotesWindow notes;
    private Briefing briefing;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SightlineApp();
        app.show(stage, null);
        briefing = app.state().getDataset().briefings().get(0);
    }

    private void presentWithNotes(FxRobot robot) {
        robot.interact(() -> {
            app.briefings().start(briefing);
            notes = app.speakerNotesWindow();
            notes.showBesidePresentation();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theNotesShowTheStepItsNotesAndWhatComesNextAndFollowEachStep(FxRobot robot) {
        presentWithNotes(robot);
        int n = briefing.steps().size();
        assertEquals("Step 1 / " + n, text(robot, "#notesProgress"));
        assertEquals(briefing.steps().get(0).notes(), text(robot, "#speakerNotes"));
        assertEquals("Next: " + briefing.steps().get(1).caption(), text(robot, "#notesUpcoming"));

        robot.interact(() -> app.briefings().last());
        assertEquals("Step " + n + " / " + n, text(robot, "#notesProgress"));
        assertEquals("Last step.", text(robot, "#notesUpcoming"));
        robot.interact(() -> app.briefings().stop());
    }

    @Test
    void openingTheNotesGivesTheKeyboardBackToThePresentation(FxRobot robot) {
        presentWithNotes(robot);
        assertTrue(notes.isShowing());
        assertTrue(stage.isFocused(), "the clicker's keys go to the presentation, not to the notes");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, app.briefings().stepIndexProperty().get());
        robot.interact(() -> app.briefings().stop());
    }

    @Test
    void aClickersKeysInTheNotesWindowStepAndLeaveThePresentation(FxRobot robot) {
        presentWithNotes(robot);
        robot.interact(() -> notes.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notes.isFocused(), "the presenter clicked into the notes");

        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.SPACE);
        assertEquals(2, app.briefings().stepIndexProperty().get(), "PageDown and Space stepped on");
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        assertEquals(0, app.briefings().stepIndexProperty().get(), "1, Enter jumped to the first step");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.briefings().isPresenting(), "Esc left the presentation");
        assertFalse(notes.isShowing(), "and the notes went with it");
    }

    @Test
    void openedBeforePresentingTheNotesSayWhatTheyWillShowAndF5ThereStarts(FxRobot robot) {
        robot.interact(() -> {
            notes = app.speakerNotesWindow();
            notes.showBesidePresentation();
        });
        assertEquals("Not presenting", text(robot, "#notesProgress"));
        assertEquals("", text(robot, "#notesElapsed"), "no time runs before the presentation");
        robot.interact(() -> notes.requestFocus());
        robot.type(KeyCode.F5);
        assertTrue(app.briefings().isPresenting(), "F5 in the notes presents, as the notes say");
        assertEquals("Step 1 / " + briefing.steps().size(), text(robot, "#notesProgress"));
        assertEquals("0:00", text(robot, "#notesElapsed"));
        robot.interact(() -> app.briefings().stop());
    }

    @Test
    void theTimerCountsFromTheStartOfThePresentation(FxRobot robot) {
        AtomicLong now = new AtomicLong(1_700_000_000_000L);
        robot.interact(() -> {
            notes = app.speakerNotesWindow();
            notes.setClock(now::get, ZoneOffset.UTC);
        });
        now.addAndGet(600_000); // ten minutes of setting up before the presentation starts
        robot.interact(() -> {
            app.briefings().start(briefing);
            notes.showBesidePresentation();
        });
        assertEquals("0:00", text(robot, "#notesElapsed"), "the time runs from the start of the presentation");
        now.addAndGet(125_000);
        robot.interact(notes::tick);
        assertEquals("2:05", text(robot, "#notesElapsed"));
        assertFalse(text(robot, "#notesClock").isBlank(), "the time of day shows too");
        robot.interact(() -> app.briefings().stop());
    }
}
