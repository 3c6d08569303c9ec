package org.sightline.view;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sightline.controller.BriefingController;

/**
 * The presenter's keys, as clickers send them: Right, Space, PageDown next; Left, PageUp previous;
 * Home / End; digits then Enter jump; B blanks (a step key then brings back the same step); H high contrast;
 * Esc leaves. Installed as an event filter on the scene,
 * it consumes only these keys and only while presenting.
 */
public final class PresentationKeys implements EventHandler<KeyEvent> {

    private final BriefingController briefings;
    private final PresentationLayer layer;
    private final Runnable leave;
    private final Runnable toggleHighContrast;
    private final StringBuilder digits = new StringBuilder();

    public PresentationKeys(BriefingController briefings, PresentationLayer layer, Runnable leave,
                            Runnable toggleHighContrast) {
        this.briefings = briefings;
        this.layer = layer;
        this.leave = leave;
        this.toggleHighContrast = toggleHighContrast;
    }

    @Override
    public void handle(KeyEvent e) {
        if (!briefings.isPresenting() || e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        if (layer.isBlank() && movesTheStep(e.getCode()) && !(e.getCode() == KeyCode.ENTER && digits.length() > 0)) {
            // Back to the step the screen was blanked on, as a presentation program does: the clicker's next
            // press after a pause should not skip a step the room has not seen again.
            layer.unblank();
            digits.setLength(0);
            layer.setJumpText("");
            e.consume();
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN -> briefings.next();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> {
                if (e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE && digits.length() > 0) {
                    digits.setLength(digits.length() - 1);
                    layer.setJumpText(digits.toString());
                    e.consume();
                    return;
                }
                briefings.previous();
            }
            case HOME -> briefings.first();
            case END -> briefings.last();
            case B, PERIOD -> layer.toggleBlank();
            case H -> toggleHighContrast.run();
            case ENTER -> {
                if (digits.length() > 0) {
                    int wanted = Integer.parseInt(digits.toString());
                    if (briefings.jumpTo(wanted)) {
                        layer.unblank(); // typed on a blank screen: show the step (the same one, too)
                    } else if (briefings.briefingProperty().get() != null) {
                        digits.setLength(0);
                        layer.sayNoSuchStep(wanted, briefings.briefingProperty().get().steps().size());
                        e.consume();
                        return;
                    }
                } else {
                    briefings.next();
                }
            }
            case ESCAPE -> {
                if (digits.length() > 0) {
                    digits.setLength(0);
                    layer.setJumpText("");
                } else {
                    leave.run();
                }
                e.consume();
                return;
            }
            default -> {
                if (e.getCode().isDigitKey() && digits.length() < 4) {
                    digits.append(e.getText().isEmpty() ? digitOf(e) : e.getText());
                    layer.setJumpText(digits.toString());
                    e.consume();
                    return;
                }
                handled = false;
            }
        }
        if (handled) {
            digits.setLength(0);
            layer.setJumpText("");
            e.consume();
        }
    }

    private static String digitOf(KeyEvent e) {
        String name = e.getCode().getName();
        return name.substring(name.length() - 1);
    }

    private static boolean movesTheStep(KeyCode code) {
        return switch (code) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN, LEFT, PAGE_UP, UP, BACK_SPACE, HOME, END, ENTER -> true;
            default -> false;
        };
    }
}
