package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Briefing;
import org.sightline.model.BriefingStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded random run of the presenter's keys through the shipped briefing, checked against a model of what
 * each key should do: step keys move within the briefing's ends, a typed number and Enter jump when the step
 * exists, B blanks and a step key on a blank screen only brings it back, Esc clears a typed number or leaves,
 * and F5 comes back in. After every key the caption, the progress, the selected event, full screen and the
 * blank screen must be what the model says, with nothing thrown on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class PresentingMonkeyTest {

    private static final KeyCode[] KEYS = {KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.DOWN,
        KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.UP, KeyCode.BACK_SPACE, KeyCode.HOME, KeyCode.END, KeyCode.B,
        KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT9, KeyCode.DIGIT0};

    private SightlineApp app;
    private Stage stage;
    private final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        this.stage = stage;
        app = new SightlineApp();
        app.show(stage, null);
    }

    @Test
    void theKeysDoWhatAPresenterExpectsInAnyOrder(FxRobot robot) {
        Briefing briefing = app.state().getDataset().briefings().get(0);
        int n = briefing.steps().size();
        Random random = new Random(Long.getLong("monkey.seed", 5L));
        boolean presenting = false;
        int index = 0;
        boolean blank = false;
        StringBuilder digits = new StringBuilder();
        double width = stage.getWidth();
        double height = stage.getHeight();
        for (int step = 0; step < Integer.getInteger("monkey.actions", 150); step++) {
            if (!presenting) {
                robot.type(KeyCode.F5);
                presenting = true;
                index = 0;
                blank = false;
                digits.setLength(0);
                assertSound(robot, "F5 at action " + step, briefing, index, blank);
                continue;
            }
            KeyCode key = KEYS[random.nextInt(KEYS.length)];
            robot.type(key);
            String when = "action " + step + " (" + key + ")";
            boolean stepKey = switch (key) {
                case RIGHT, SPACE, PAGE_DOWN, DOWN, LEFT, PAGE_UP, UP, BACK_SPACE, HOME, END, ENTER -> true;
                default -> false;
            };
            if (blank && stepKey && !(key == KeyCode.ENTER && digits.length() > 0)) {
                blank = false;
                digits.setLength(0);
            } else if (key.isDigitKey()) {
                if (digits.length() < 4) {
                    digits.append(key.getName());
                }
            } else if (key == KeyCode.BACK_SPACE && digits.length() > 0) {
                digits.setLength(digits.length() - 1);
            } else if (key == KeyCode.ESCAPE) {
                if (digits.length() > 0) {
                    digits.setLength(0);
                } else {
                    presenting = false;
                }
            } else {
                switch (key) {
                    case RIGHT, SPACE, PAGE_DOWN, DOWN -> index = Math.min(n - 1, index + 1);
                    case LEFT, PAGE_UP, UP, BACK_SPACE -> index = Math.max(0, index - 1);
                    case HOME -> index = 0;
                    case END -> index = n - 1;
                    case B -> blank = !blank;
                    case ENTER -> {
                        if (digits.length() > 0) {
                            int wanted = Integer.parseInt(digits.toString());
                            if (wanted >= 1 && wanted <= n) {
                                index = wanted - 1;
                                blank = false; // the step it jumped to is shown
                            }
                        } else {
                            index = Math.min(n - 1, index + 1);
                        }
                    }
                    default -> throw new AssertionError(key);
                }
                digits.setLength(0);
            }
            if (presenting) {
                assertSound(robot, when, briefing, index, blank);
            } else {
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(List.of(), List.copyOf(thrown), when);
                assertFalse(app.briefings().isPresenting(), when + ": Esc leaves");
                assertFalse(stage.isFullScreen(), when);
                assertEquals(width, stage.getWidth(), 0.5, when + ": the window's size is restored");
                assertEquals(height, stage.getHeight(), 0.5, when);
                assertNull(app.state().getSelectedEvent(), when + ": the selection as it was");
            }
        }
        robot.type(KeyCode.ESCAPE);
    }

    private void assertSound(FxRobot robot, String when, Briefing briefing, int index, boolean blank) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), List.copyOf(thrown), when + ": thrown on the FX thread");
        assertTrue(app.briefings().isPresenting(), when);
        assertTrue(stage.isFullScreen(), when);
        BriefingStep expected = briefing.steps().get(index);
        assertEquals((index + 1) + " / " + briefing.steps().size(),
                robot.lookup("#briefingProgress").queryAs(Label.class).getText(), when);
        assertEquals(expected.caption(), robot.lookup("#briefingCaption").queryAs(Label.class).getText(), when);
        if (expected.eventId() != null) {
            assertEquals(expected.eventId(), app.state().getSelectedEvent().id(), when + ": the step's event");
        }
        assertEquals(blank, robot.lookup("#briefingBlank").query().isVisible(), when + ": blank screen");
    }
}
