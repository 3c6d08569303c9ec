package org.sightline.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sightline.controller.BriefingController;
import org.sightline.model.BriefingStep;

/**
 * What a briefing adds on top of the window while presenting: the caption card with the step's text and
 * progress ("3 / 10"), the number being typed for a jump, and a blank screen (B). It only shows the
 * {@link BriefingController}'s state; keys are handled by {@link PresentationKeys}.
 */
public final class PresentationLayer extends StackPane {

    private final BriefingController briefings;
    private final Label briefingTitle = new Label();
    private final Label caption = new Label();
    private final Label progress = new Label();
    private final Label jump = new Label();
    private final Region blank = new Region();
    private final VBox card;

    public PresentationLayer(BriefingController briefings) {
        this.briefings = briefings;
        getStyleClass().add("presentation-layer");
        setPickOnBounds(false);
        briefingTitle.getStyleClass().add("briefing-title");
        caption.getStyleClass().add("briefing-caption");
        caption.setId("briefingCaption");
        caption.setWrapText(true);
        progress.getStyleClass().add("briefing-progress");
        progress.setId("briefingProgress");
        card = new VBox(briefingTitle, caption, progress);
        card.getStyleClass().add("caption-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.BOTTOM_CENTER);
        jump.getStyleClass().add("briefing-jump");
        jump.setId("briefingJump");
        StackPane.setAlignment(jump, Pos.TOP_RIGHT);
        blank.getStyleClass().add("briefing-blank");
        blank.setId("briefingBlank");
        getChildren().addAll(card, jump, blank);
        setBlank(false);
        setJumpText("");
        briefings.stepProperty().addListener((obs, old, now) -> show(now));
        briefings.presentingProperty().addListener((obs, old, now) -> {
            setVisible(now);
            if (!now) {
                setBlank(false);
                setJumpText("");
            }
        });
        setVisible(false);
        widthProperty().addListener((obs, old, now) -> card.setPrefWidth(Math.min(now.doubleValue() * 0.8, 1600)));
    }

    private void show(BriefingStep step) {
        if (step == null) {
            return;
        }
        briefingTitle.setText(briefings.briefingProperty().get().title());
        caption.setText(step.caption());
        progress.setText(briefings.progress());
        setBlank(false);
    }

    /** B: blanks the screen, or brings it back. */
    public void toggleBlank() {
        setBlank(!blank.isVisible());
    }

    public boolean isBlank() {
        return blank.isVisible();
    }

    private void setBlank(boolean value) {
        blank.setVisible(value);
        blank.setMouseTransparent(!value);
    }

    /** Shows the step number being typed ("Go to 7"), or hides it for empty text. */
    public void setJumpText(String digits) {
        jump.setText(digits.isEmpty() ? "" : "Go to step " + digits + " ⏎");
        jump.setVisible(!digits.isEmpty());
    }
}
