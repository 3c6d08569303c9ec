package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.AppPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens where it was left, as big, maximised or not, with its dividers; and is remembered on stopping. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

    private static final List<Double> DIVIDERS = List.of(0.3, 0.72, 0.45, 0.6);
    private final Preferences prefs = AppPreferences.root();

    @BeforeEach
    @AfterEach
    void forget() {
        for (String key : List.of(WindowPlacement.X, WindowPlacement.Y, WindowPlacement.WIDTH, WindowPlacement.HEIGHT,
                WindowPlacement.MAXIMIZED, WindowPlacement.DIVIDERS)) {
            prefs.remove(key);
        }
    }

    private SightlineApp open(FxRobot robot, Stage[] stage) {
        SightlineApp[] app = new SightlineApp[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            app[0] = new SightlineApp();
            app[0].show(stage[0], null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app[0];
    }

    /** What the app saves as it stops, read back (any warning fails the test). */
    private WindowPlacement remembered(FxRobot robot, SightlineApp app) {
        robot.interact(app::rememberWindow);
        return WindowPlacement.read(prefs, w -> { throw new AssertionError(w); }).orElseThrow();
    }

    @Test
    void theWindowOpensWhereAndAsBigAsItWasLeftWithItsDividersAndIsRememberedAgain(FxRobot robot) {
        new WindowPlacement(new Rectangle2D(50, 40, 1200, 760), false, DIVIDERS).write(prefs);
        Stage[] stage = new Stage[1];
        SightlineApp app = open(robot, stage);
        try {
            assertEquals(new Rectangle2D(50, 40, 1200, 760),
                    new Rectangle2D(stage[0].getX(), stage[0].getY(), stage[0].getWidth(), stage[0].getHeight()));
            List<Double> shown = app.window().dividerPositions();
            for (int i = 0; i < DIVIDERS.size(); i++) {
                assertEquals(DIVIDERS.get(i), shown.get(i), 0.01, "divider " + i + " of " + shown);
            }

            robot.interact(() -> {
                stage[0].setX(70);
                stage[0].setWidth(1150);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> app.window().mainSplit().setDividerPositions(0.33, 0.75));
            WaitForAsyncUtils.waitForFxEvents();
            WindowPlacement saved = remembered(robot, app);
            assertEquals(new Rectangle2D(70, 40, 1150, 760), saved.bounds());
            assertFalse(saved.maximized());
            assertEquals(0.33, saved.dividers().get(0), 0.01);
            assertEquals(0.75, saved.dividers().get(1), 0.01);
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    @Test
    void aMaximisedWindowOpensMaximisedAndKeepsTheSizeToGoBackTo(FxRobot robot) {
        new WindowPlacement(new Rectangle2D(50, 40, 900, 600), true, null).write(prefs);
        Stage[] stage = new Stage[1];
        SightlineApp app = open(robot, stage);
        try {
            assertTrue(stage[0].isMaximized());
            WindowPlacement saved = remembered(robot, app);
            assertTrue(saved.maximized());
            assertEquals(new Rectangle2D(50, 40, 900, 600), saved.bounds(), "the size it had before it was maximised");
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    @Test
    void quittingWhilePresentingRemembersTheWindowAsItWasBeforeFullScreen(FxRobot robot) {
        new WindowPlacement(new Rectangle2D(50, 40, 1200, 760), false, DIVIDERS).write(prefs);
        Stage[] stage = new Stage[1];
        SightlineApp app = open(robot, stage);
        try {
            robot.interact(() -> app.window().side().setDividerPositions(0.5));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> app.briefings().start(app.state().getDataset().defaultBriefing()));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(stage[0].isFullScreen(), "presenting is full screen");
            WindowPlacement saved = remembered(robot, app);
            assertEquals(new Rectangle2D(50, 40, 1200, 760), saved.bounds());
            List<Double> before = List.of(DIVIDERS.get(0), DIVIDERS.get(1), 0.5, DIVIDERS.get(3));
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i), saved.dividers().get(i), 0.01, "the dividers as they were before presenting");
            }
        } finally {
            robot.interact(() -> {
                app.briefings().stop();
                stage[0].close();
            });
        }
    }

    @Test
    void aSavedSizeThatMakesNoSenseLeavesTheDefaultWindow(FxRobot robot) {
        new WindowPlacement(new Rectangle2D(50, 40, 900, 600), false, null).write(prefs);
        prefs.put(WindowPlacement.HEIGHT, "NaN");
        Stage[] stage = new Stage[1];
        open(robot, stage);
        try {
            assertTrue(stage[0].isShowing(), "the window opens all the same");
            assertTrue(stage[0].getHeight() > 320 && stage[0].getWidth() > 480, "at its default size");
        } finally {
            robot.interact(stage[0]::close);
        }
    }
}
