package org.sightline.view;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.sightline.controller.DatasetController;
import org.sightline.io.LoadResult;

/**
 * A bar above the status bar that appears when a file takes more than a moment to load: what is being
 * opened, its progress and a Cancel button. The current dataset stays in view meanwhile.
 */
public final class LoadProgress extends HBox {

    /** How long a load may run before the bar appears, so quick loads do not flicker. */
    public static final Duration DELAY = Duration.millis(300);

    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final PauseTransition delay = new PauseTransition(DELAY);
    private Task<LoadResult> task;

    public LoadProgress(DatasetController datasets) {
        getStyleClass().add("load-progress");
        setId("loadProgress");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("loadMessage");
        bar.setPrefWidth(200);
        cancel.setId("loadCancel");
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        getChildren().addAll(message, bar, cancel);
        hide();
        delay.setOnFinished(e -> {
            if (task != null && !task.isDone()) {
                setVisible(true);
                setManaged(true);
            }
        });
        datasets.currentLoadProperty().addListener((obs, old, now) -> track(now));
    }

    private void track(Task<LoadResult> now) {
        message.textProperty().unbind();
        bar.progressProperty().unbind();
        task = now;
        if (now == null) {
            delay.stop();
            hide();
            return;
        }
        message.textProperty().bind(now.messageProperty());
        bar.progressProperty().bind(now.progressProperty());
        delay.playFromStart();
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }
}
