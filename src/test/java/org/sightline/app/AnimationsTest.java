package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.AppPreferences;
import org.sightline.model.TimelineEvent;
import org.sightline.view.map.MapCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Animations: one switch for the timeline's transitions and the map's pulse, remembered. */
@ExtendWith(ApplicationExtension.class)
class AnimationsTest {

    private SightlineApp app;

    @Start
    void start(Stage stage) {
        AppPreferences.root().remove(SightlineApp.ANIMATIONS);
        app = new SightlineApp();
        app.show(stage, null);
    }

    @AfterEach
    void animationsOnAgain(FxRobot robot) {
        robot.interact(() -> app.window().setAnimated(true));
        AppPreferences.root().remove(SightlineApp.ANIMATIONS);
    }

    @Test
    void reducedMotionStartsWithoutAnimationsWhateverWasRemembered(FxRobot robot) {
        AppPreferences.root().putBoolean(SightlineApp.ANIMATIONS, true);
        String before = System.getProperty(org.sightline.view.MainWindow.REDUCED_MOTION);
        System.setProperty(org.sightline.view.MainWindow.REDUCED_MOTION, "true");
        try {
            boolean[] animated = new boolean[2];
            robot.interact(() -> {
                SightlineApp second = new SightlineApp();
                Stage stage = new Stage();
                second.show(stage, null);
                animated[0] = second.window().isAnimated();
                animated[1] = second.window().timeline().view().isAnimated();
                stage.close();
            });
            assertFalse(animated[0], "-Dsightline.reducedMotion=true wins over the remembered choice");
            assertFalse(animated[1]);
        } finally {
            if (before == null) {
                System.clearProperty(org.sightline.view.MainWindow.REDUCED_MOTION);
            } else {
                System.setProperty(org.sightline.view.MainWindow.REDUCED_MOTION, before);
            }
        }
    }

    private TimelineEvent event(String id) {
        return app.state().getDataset().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void animationsOffStopsTheMapPulseAndTheTimelinesTransitionsAndIsRemembered(FxRobot robot) {
        MapCanvas map = app.window().regionPanel().map();
        TimelineEvent meeting = event("kihara-saltzman-meeting");
        assertFalse(meeting.regionIds().isEmpty(), "the meeting has places on the map");
        robot.interact(() -> {
            app.window().setAnimated(true);
            app.state().setSelectedEvent(meeting);
        });
        assertTrue(map.isPulseRunning(), "with animations on, selecting an event pulses its places");

        robot.clickOn("View");
        robot.clickOn("Animations");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.window().isAnimated());
        assertFalse(app.window().timeline().view().isAnimated(), "the timeline's transitions are off");
        assertFalse(map.isPulseRunning(), "the pulse under way stops");
        robot.interact(() -> app.state().setSelectedEvent(null));
        robot.interact(() -> app.state().setSelectedEvent(meeting));
        assertFalse(map.isPulseRunning(), "and selecting starts none");
        assertFalse(AppPreferences.root().getBoolean(SightlineApp.ANIMATIONS, true), "remembered");

        // The timeline's Animate button is the same switch.
        robot.clickOn("#timelineAnimate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().isAnimated());
        assertTrue(AppPreferences.root().getBoolean(SightlineApp.ANIMATIONS, false));
    }
}
