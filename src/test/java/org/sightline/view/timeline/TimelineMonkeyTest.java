package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledDataset;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded random sequence of what a user does to the timeline, by keyboard and mouse, on the curated dataset
 * grouped as the organisation tree: zoom, pan, fit, select, step through events, fold lanes, scroll lanes,
 * drag, click and double-click anywhere. After every action the view must still be sound: its window within
 * the navigator's limits, the selection one of the shown events, and nothing thrown on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineMonkeyTest {

    private static final int ACTIONS = Integer.getInteger("monkey.actions", 200);
    private ViewState state;
    private TimelineView view;
    private final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        state = new ViewState();
        view = TestData.showStill(stage, state, 1000, 560);
        state.setDataset(BundledDataset.load().dataset(), "curated");
        state.setLaneGrouping(LaneGrouping.ORGANISATION_TREE);
    }

    @Test
    void aLongRandomSessionOfKeysAndMouseLeavesTheViewSound(FxRobot robot) {
        Random random = new Random(Long.getLong("monkey.seed", 20261126L));
        KeyCode[] keys = {KeyCode.PLUS, KeyCode.MINUS, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.F, KeyCode.HOME,
            KeyCode.C, KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.UP, KeyCode.DOWN};
        Region band = robot.lookup(".timeline-canvas").queryAs(Region.class);
        robot.interact(view::requestFocus);
        for (int step = 0; step < ACTIONS; step++) {
            double x = 2 + random.nextDouble() * (band.getWidth() - 4);
            double y = 2 + random.nextDouble() * (band.getHeight() - 4);
            String where = " at " + (int) x + "," + (int) y;
            String action;
            switch (random.nextInt(9)) {
                case 0, 1, 2 -> {
                    KeyCode key = keys[random.nextInt(keys.length)];
                    action = "key " + key;
                    robot.type(key);
                }
                case 3 -> {
                    KeyCode key = random.nextBoolean() ? KeyCode.LEFT : KeyCode.RIGHT;
                    action = "ctrl+" + key;
                    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
                }
                case 4 -> {
                    action = "shift+C";
                    robot.press(KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT);
                }
                case 5 -> {
                    action = "click" + where;
                    robot.interact(() -> click(band, x, y, 1));
                }
                case 6 -> {
                    action = "double-click" + where;
                    robot.interact(() -> {
                        click(band, x, y, 1);
                        click(band, x, y, 2);
                    });
                }
                case 7 -> {
                    double delta = (random.nextBoolean() ? 40 : -40) * (1 + random.nextInt(3));
                    boolean sideways = random.nextInt(4) == 0;
                    action = "wheel " + delta + (sideways ? " sideways" : "") + where;
                    robot.interact(() -> Event.fireEvent(band, new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false,
                            false, false, false, false, false, sideways ? delta : 0, sideways ? 0 : delta, 0, 0,
                            ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0,
                            0, null)));
                }
                default -> {
                    double dx = (random.nextDouble() - 0.5) * 400;
                    action = "drag by " + (int) dx + where;
                    robot.interact(() -> {
                        Event.fireEvent(band, mouse(MouseEvent.MOUSE_PRESSED, x, y, 1, true));
                        Event.fireEvent(band, mouse(MouseEvent.MOUSE_DRAGGED, x + dx / 2, y, 1, true));
                        Event.fireEvent(band, mouse(MouseEvent.MOUSE_DRAGGED, x + dx, y, 1, true));
                        Event.fireEvent(band, mouse(MouseEvent.MOUSE_RELEASED, x + dx, y, 1, false));
                    });
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertSound("after action " + step + " (" + action + ")");
            if (!view.isFocused()) {
                robot.interact(view::requestFocus); // Enter opens the details elsewhere in the app; here, nothing
            }
        }
    }

    /** A press, release and click at (x, y) of the band, as the mouse sends them. */
    private static void click(Region band, double x, double y, int count) {
        Event.fireEvent(band, mouse(MouseEvent.MOUSE_PRESSED, x, y, count, true));
        Event.fireEvent(band, mouse(MouseEvent.MOUSE_RELEASED, x, y, count, false));
        Event.fireEvent(band, mouse(MouseEvent.MOUSE_CLICKED, x, y, count, false));
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y, int clicks,
                                    boolean down) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, clicks, false, false, false, false, down, false,
                false, false, false, type != MouseEvent.MOUSE_DRAGGED, null);
    }

    private void assertSound(String when) {
        assertEquals(List.of(), List.copyOf(thrown), when + ": thrown on the FX thread");
        TimeWindow w = state.getVisibleWindow();
        assertNotNull(w, when + ": no window");
        assertTrue(w.duration() >= Navigator.MIN_DURATION, when + ": " + w + " is narrower than the limit");
        assertTrue(w.duration() <= view.navigator().maxDuration(), when + ": " + w + " is wider than the limit");
        TimeWindow extent = view.navigator().extent();
        assertTrue(w.endMillis() > extent.startMillis() && w.startMillis() < extent.endMillis(),
                when + ": " + w + " has panned off the data " + extent);
        if (state.getSelectedEvent() != null) {
            assertTrue(state.getFilteredEvents().contains(state.getSelectedEvent()),
                    when + ": the selection is not a shown event");
        }
    }
}
