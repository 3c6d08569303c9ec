package org.sightline.view.timeline;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Tells assistive technology (a screen reader) that a node's text changed: at once for a new selection or new
 * data, and once a moving window has rested, so that a zoom's or a glide's frames are not read out one by one.
 * A frame only notes the time; the summary itself is made when the screen reader asks for it.
 */
final class SummaryAnnouncer {

    /** How long the window must stay put before its new range is announced. */
    static final double REST_MS = 300;

    private final Node node;
    private final PauseTransition rest = new PauseTransition(Duration.millis(REST_MS));
    private BooleanSupplier listening = Platform::isAccessibilityActive;
    private long movedAt;
    private int announcements;

    SummaryAnnouncer(Node node) {
        this.node = node;
        rest.setOnFinished(e -> settle());
    }

    /**
     * Whether assistive technology is listening: JavaFX turns accessibility on when a screen reader first asks
     * about a window. Until then nothing is announced and no pause runs (a running animation keeps JavaFX
     * pulsing every frame, which a zoom without a screen reader need not pay for).
     */
    void setListening(BooleanSupplier listening) {
        this.listening = listening;
    }

    /** Something a listener wants to hear at once changed (the selection, the data, the filters). */
    void changed() {
        if (!listening.getAsBoolean()) {
            return;
        }
        rest.stop();
        announce();
    }

    /** The window moved; announced when it has not moved again for {@link #REST_MS}. */
    void moved() {
        if (!listening.getAsBoolean()) {
            return;
        }
        movedAt = System.nanoTime();
        if (rest.getStatus() != Animation.Status.RUNNING) {
            rest.setDuration(Duration.millis(REST_MS));
            rest.playFromStart();
        }
    }

    private void settle() {
        double sinceMs = (System.nanoTime() - movedAt) / 1e6;
        if (sinceMs < REST_MS) {
            rest.setDuration(Duration.millis(REST_MS - sinceMs));
            rest.playFromStart();
        } else {
            announce();
        }
    }

    private void announce() {
        announcements++;
        node.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** How many times a change has been announced (for tests). */
    int announcements() {
        return announcements;
    }
}
