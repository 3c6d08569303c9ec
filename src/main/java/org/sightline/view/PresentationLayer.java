package org.sightline.view;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sightline.controller.BriefingController;
import org.sightline.model.BriefingStep;
import org.sightline.view.timeline.TimelineView;

/**
 * What a briefing adds on top of the window while presenting: the caption card with the step's text and
 * progress ("3 / 10"), the number being typed for a jump, and a blank screen (B). It only shows the
 * {@link BriefingController}'s state; keys are handled by {@link PresentationKeys}.
 * <p>
 * The card sits at the bottom of its {@linkplain #captionAnchorProperty() anchor} (the window puts it over
 * the timeline), so that the panels beside it, which follow each step, stay in full view; without an
 * anchor it sits at the bottom of the layer.
 */
public final class PresentationLayer extends StackPane {

    /** Space kept between the card and what is laid out above it. */
    static final double COVER_GAP = 8;

    private final BriefingController briefings;
    private final Label briefingTitle = new Label();
    /** The step's date and status ("25 Sep 2023 · Proposed"), under the briefing's title. */
    private final Label detail = new Label();
    private final Label caption = new Label();
    private final Label progress = new Label();
    private final Label jump = new Label();
    /** How long "No step 99" stays. */
    private final PauseTransition jumpFades = new PauseTransition(Duration.seconds(2));
    private final Region blank = new Region();
    private final VBox card;
    private final ObjectProperty<Node> captionAnchor = new SimpleObjectProperty<>(this, "captionAnchor");
    private final InvalidationListener anchorMoved = o -> requestLayout();
    /**
     * How much of the anchor's bottom the caption card covers, with a gap above it (0 when not presenting). It is
     * set as a step's caption is, before the pulse lays the timeline out, so the lanes make room for a longer
     * caption in the same frame that shows it.
     */
    private final DoubleProperty coverHeight = new SimpleDoubleProperty(this, "coverHeight", 0);
    private boolean layingOut;
    /** The card has been laid out since presenting began, so its area is the presenting one. */
    private boolean laidOut;

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
        detail.getStyleClass().add("briefing-detail");
        detail.setId("briefingDetail");
        card = new VBox(briefingTitle, detail, caption, progress);
        card.getStyleClass().add("caption-card");
        // Placed by layoutChildren, not by the stack; a card whose content changed (a longer caption, the
        // high-contrast border) asks for that again, as an unmanaged node's layout requests stop at itself.
        card.setManaged(false);
        card.needsLayoutProperty().addListener((obs, was, now) -> {
            if (now && !layingOut) {
                requestLayout();
            }
        });
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
                coverHeight.set(0);
                laidOut = false;
                setBlank(false);
                setJumpText("");
            }
        });
        setVisible(false);
        captionAnchor.addListener((obs, old, now) -> {
            if (old != null) {
                old.layoutBoundsProperty().removeListener(anchorMoved);
                old.localToSceneTransformProperty().removeListener(anchorMoved);
            }
            if (now != null) {
                now.layoutBoundsProperty().addListener(anchorMoved);
                now.localToSceneTransformProperty().addListener(anchorMoved);
            }
            requestLayout();
        });
    }

    /**
     * Puts the caption card over {@code timeline}'s bottom, and has the timeline lay its lanes and overview out
     * above the card ({@link TimelineView#coveredBottomProperty()}), as the window presents.
     */
    public void placeOver(TimelineView timeline) {
        captionAnchor.set(timeline);
        timeline.coveredBottomProperty().bind(coverHeight);
    }

    /** The node whose bottom the caption card sits at, centred on it; null: the whole layer. */
    public ObjectProperty<Node> captionAnchorProperty() {
        return captionAnchor;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Bounds area = captionArea();
        double width = cardWidth(area);
        double height = card.prefHeight(width);
        cover(height);
        // The anchor was laid out before this layer; if it has to make room for the card (the first step, whose
        // card is only measured here), it does so now, in this pulse, rather than show one frame without room.
        if (captionAnchor.get() instanceof Parent anchor && anchor.isNeedsLayout()) {
            anchor.layout();
        }
        laidOut = isVisible();
        layingOut = true;
        try {
            card.resizeRelocate(snapPositionX(area.getMinX() + (area.getWidth() - width) / 2),
                    snapPositionY(area.getMaxY() - height), snapSizeX(width), snapSizeY(height));
        } finally {
            layingOut = false;
        }
    }

    private static double cardWidth(Bounds area) {
        return Math.min(area.getWidth() * 0.92, 1600);
    }

    /** Makes room for a card {@code height} tall, and for the stylesheet's lift of it off the bottom edge. */
    private void cover(double height) {
        if (isVisible() && height > 0) {
            double lift = Math.max(0, -card.getTranslateY());
            coverHeight.set(Math.ceil(height + lift + COVER_GAP));
        }
    }

    /** Where the card goes, in this layer's coordinates. */
    private Bounds captionArea() {
        Node anchor = captionAnchor.get();
        if (anchor != null && anchor.getScene() == getScene() && anchor.getScene() != null) {
            Bounds b = sceneToLocal(anchor.localToScene(anchor.getLayoutBounds()));
            if (b != null && b.getWidth() > 0 && b.getHeight() > 0) {
                return b;
            }
        }
        return new javafx.geometry.BoundingBox(0, 0, getWidth(), getHeight());
    }

    /** The caption card (for tests and for the window's layout). */
    public Region card() {
        return card;
    }

    private void show(BriefingStep step) {
        if (step == null) {
            return;
        }
        briefingTitle.setText(briefings.briefingProperty().get().title());
        detail.setText(briefings.stepDetail(java.util.Locale.getDefault()));
        caption.setText(step.caption());
        progress.setText(briefings.progress());
        setBlank(false);
        // Room for this caption now, before the pulse lays the timeline out; not for the first step, whose
        // window and type are not yet the presenting ones (the first layout makes room for it).
        if (laidOut) {
            cover(card.prefHeight(cardWidth(captionArea())));
        }
    }

    /** B: blanks the screen, or brings it back. */
    public void toggleBlank() {
        setBlank(!blank.isVisible());
    }

    /** Shows the step again if the screen is blank; nothing otherwise. */
    public void unblank() {
        setBlank(false);
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
        jumpFades.stop();
        jump.setText(digits.isEmpty() ? "" : "Go to step " + digits + " ⏎");
        jump.setVisible(!digits.isEmpty());
    }

    /** Says, for two seconds where the typed number showed, that the briefing has no step {@code wanted}. */
    public void sayNoSuchStep(int wanted, int steps) {
        jump.setText("No step " + wanted + ": steps 1–" + steps);
        jump.setVisible(true);
        jumpFades.setOnFinished(e -> setJumpText(""));
        jumpFades.playFromStart();
    }
}
