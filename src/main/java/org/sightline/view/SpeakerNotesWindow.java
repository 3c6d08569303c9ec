package org.sightline.view;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sightline.controller.BriefingController;
import org.sightline.model.BriefingStep;

/**
 * A separate window for the presenter: progress, the current caption and speaker notes, and what comes
 * next. It opens on a second screen when there is one.
 */
public final class SpeakerNotesWindow extends Stage {

    private final BriefingController briefings;
    private final Label progress = new Label();
    private final Label caption = new Label();
    private final Label notes = new Label();
    private final Label upcoming = new Label();

    public SpeakerNotesWindow(Window owner, BriefingController briefings, String stylesheet) {
        this.briefings = briefings;
        initOwner(owner);
        setTitle("Speaker notes — Sightline");
        progress.getStyleClass().add("notes-progress");
        caption.getStyleClass().add("notes-caption");
        notes.getStyleClass().add("notes-text");
        notes.setId("speakerNotes");
        upcoming.getStyleClass().add("notes-upcoming");
        for (Label l : new Label[] {caption, notes, upcoming}) {
            l.setWrapText(true);
        }
        VBox box = new VBox(12, progress, caption, notes, upcoming);
        box.setPadding(new Insets(20));
        box.getStyleClass().add("speaker-notes");
        Scene scene = new Scene(box, 640, 480);
        scene.getStylesheets().add(stylesheet);
        Theme.follow(scene, owner);
        setScene(scene);
        briefings.stepProperty().addListener((obs, old, now) -> show(now));
        briefings.presentingProperty().addListener((obs, old, now) -> {
            if (!now) {
                hide();
            }
        });
        show(briefings.stepProperty().get());
    }

    private void show(BriefingStep step) {
        if (step == null) {
            return;
        }
        progress.setText("Step " + briefings.progress());
        caption.setText(step.caption());
        notes.setText(step.notes() == null || step.notes().isBlank() ? "(no notes for this step)" : step.notes());
        BriefingStep next = briefings.upcoming();
        upcoming.setText(next == null ? "Last step." : "Next: " + next.caption());
    }

    /** Shows the window, on the second screen when there is one. */
    public void showBesidePresentation() {
        if (Screen.getScreens().size() > 1) {
            var bounds = Screen.getScreens().get(1).getVisualBounds();
            setX(bounds.getMinX() + 40);
            setY(bounds.getMinY() + 40);
        }
        show();
    }
}
