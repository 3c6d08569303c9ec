package org.sightline.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.sightline.controller.BriefingController;
import org.sightline.model.BriefingStep;

/**
 * A separate window for the presenter: progress, the time since the presentation began and the time of day,
 * the current caption and speaker notes, and what comes next. It opens on a second screen when there is one,
 * and the presenter's keys (a clicker's) work in it as in the presentation, so a click in the notes never
 * takes the presentation out of the presenter's hands.
 */
public final class SpeakerNotesWindow extends Stage {

    private final BriefingController briefings;
    private final Window presentation;
    private final Label progress = new Label();
    private final Label elapsed = new Label();
    private final Label clock = new Label();
    private final Label caption = new Label();
    private final Label notes = new Label();
    private final Label upcoming = new Label();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final DateTimeFormatter timeOfDay;
    private LongSupplier millis = System::currentTimeMillis;
    private ZoneId zone = ZoneId.systemDefault();
    private long startedAt;

    /**
     * @param presenterKeys the presentation's key handler, installed here too (null for none)
     * @param present       what F5 does here when nothing is presented yet: starts the presentation
     */
    public SpeakerNotesWindow(Window owner, BriefingController briefings, String stylesheet,
                              EventHandler<KeyEvent> presenterKeys, Runnable present) {
        this.briefings = briefings;
        this.presentation = owner;
        this.timeOfDay = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault());
        initOwner(owner);
        setTitle("Speaker notes — Sightline");
        Scene scene = new Scene(layout(), 640, 480);
        scene.getStylesheets().add(stylesheet);
        installKeys(scene, presenterKeys, present);
        Theme.follow(scene, owner);
        setScene(scene);
        ticker.setCycleCount(Animation.INDEFINITE);
        briefings.stepProperty().addListener((obs, old, now) -> display(now));
        briefings.presentingProperty().addListener((obs, old, now) -> {
            if (now) {
                startedAt = millis.getAsLong();
                tick();
            } else {
                hide();
                display(null);
            }
        });
        showingProperty().addListener((obs, old, now) -> {
            if (now) {
                tick();
                ticker.play();
            } else {
                ticker.stop();
            }
        });
        startedAt = millis.getAsLong();
        display(briefings.stepProperty().get());
        tick();
    }

    /** The step and the times on top, the caption and notes (scrolling when long), what comes next below. */
    private VBox layout() {
        progress.getStyleClass().add("notes-progress");
        progress.setId("notesProgress");
        elapsed.getStyleClass().add("notes-elapsed");
        elapsed.setId("notesElapsed");
        clock.getStyleClass().add("notes-clock");
        clock.setId("notesClock");
        caption.getStyleClass().add("notes-caption");
        notes.getStyleClass().add("notes-text");
        notes.setId("speakerNotes");
        upcoming.getStyleClass().add("notes-upcoming");
        upcoming.setId("notesUpcoming");
        for (Label l : new Label[] {caption, notes, upcoming}) {
            l.setWrapText(true);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(16, progress, gap, elapsed, clock);
        top.getStyleClass().add("notes-top");
        ScrollPane notesScroll = new ScrollPane(new VBox(12, caption, notes));
        notesScroll.setFitToWidth(true);
        notesScroll.getStyleClass().add("notes-scroll");
        VBox.setVgrow(notesScroll, Priority.ALWAYS);
        VBox box = new VBox(12, top, notesScroll, upcoming);
        box.setPadding(new Insets(20));
        box.getStyleClass().add("speaker-notes");
        return box;
    }

    /** The presenter's keys work here as in the presentation; F5 here starts presenting. */
    private void installKeys(Scene scene, EventHandler<KeyEvent> presenterKeys, Runnable present) {
        if (presenterKeys != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, presenterKeys);
        }
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5 && !briefings.isPresenting()) {
                e.consume();
                present.run();
            }
        });
    }

    /** Where the times come from; replaceable so tests are reproducible. */
    public void setClock(LongSupplier millis, ZoneId zone) {
        this.millis = Objects.requireNonNull(millis, "millis");
        this.zone = Objects.requireNonNull(zone, "zone");
        startedAt = millis.getAsLong();
        tick();
    }

    /** Updates the times (once a second while the window shows). */
    public void tick() {
        long now = millis.getAsLong();
        elapsed.setText(briefings.isPresenting() ? elapsedText(now - startedAt) : "");
        clock.setText(timeOfDay.format(Instant.ofEpochMilli(now).atZone(zone)));
    }

    /** "4:07" under an hour, "1:02:03" from an hour on. */
    static String elapsedText(long millis) {
        long s = Math.max(0, millis) / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private void display(BriefingStep step) {
        if (step == null) {
            progress.setText("Not presenting");
            caption.setText("Present the briefing (View → Present briefing, F5) and the notes follow it here, step"
                    + " by step.");
            notes.setText("");
            upcoming.setText("");
            return;
        }
        progress.setText("Step " + briefings.progress());
        caption.setText(step.caption());
        notes.setText(step.notes() == null || step.notes().isBlank() ? "(no notes for this step)" : step.notes());
        BriefingStep next = briefings.upcoming();
        upcoming.setText(next == null ? "Last step." : "Next: " + next.caption());
    }

    /**
     * Shows the window, on the second screen when there is one; while presenting, gives the keyboard back to
     * the presentation, where the presenter's clicker is aimed.
     */
    public void showBesidePresentation() {
        if (Screen.getScreens().size() > 1) {
            var bounds = Screen.getScreens().get(1).getVisualBounds();
            setX(bounds.getMinX() + 40);
            setY(bounds.getMinY() + 40);
        }
        show();
        if (briefings.isPresenting()) {
            presentation.requestFocus();
        }
    }
}
