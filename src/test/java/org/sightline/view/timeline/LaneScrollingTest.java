package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** More lanes than the band has height for: they scroll, and none is out of reach. */
@ExtendWith(ApplicationExtension.class)
class LaneScrollingTest {

    private static final int LANES = 20;

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        // 436 px high: the band's bottom cuts the eleventh lane 28 px down, below its event's row.
        view = TestData.showStill(stage, state, 900, 436);
    }

    /** {@code lanes} top-level organisations, one event each, so one lane each. */
    private void load(FxRobot robot, int lanes) {
        Dataset d = TestData.oneLaneEach(lanes, 1, (lane, k) -> "2020-0" + (1 + lane % 9) + "-10");
        robot.interact(() -> {
            state.setDataset(d, "test");
            state.setVisibleWindow(new TimeWindow(millis("2019-12-01"), millis("2020-12-01")));
        });
    }

    @Test
    void lanesThatDoNotFitGetAScrollBarAndTheWheelOverTheirHeadersScrollsThem(FxRobot robot) {
        load(robot, LANES);
        assertTrue(bar().isVisible(), "20 lanes do not fit in 436 px");
        assertEquals(0, view.getFirstLane());
        wheel(robot, -40, 40); // one notch down, as a desktop mouse sends it
        wheel(robot, -40, 40);
        assertEquals(2, view.getFirstLane(), "a lane per notch");
        assertEquals(2, (int) bar().getValue(), "the scroll bar follows");
        assertEquals(2, skinValue(() -> (double) skin().layout().firstLane()).intValue(), "and so does the drawing");
        wheel(robot, 20, 40); // a trackpad's half notch up: not yet a lane
        assertEquals(2, view.getFirstLane());
        wheel(robot, 20, 40);
        assertEquals(1, view.getFirstLane(), "two half notches make one");
        wheel(robot, 120, 40);
        assertEquals(0, view.getFirstLane(), "and no further up than the first lane");
    }

    /** A wheel event over the lane headers, {@code deltaY} pixels with {@code perNotch} pixels to a notch. */
    private void wheel(FxRobot robot, double deltaY, double perNotch) {
        Node band = view.lookup(".timeline-canvas");
        double y = skinValue(() -> skin().layout().top()) + 30;
        robot.interact(() -> javafx.event.Event.fireEvent(band, new ScrollEvent(ScrollEvent.SCROLL,
                60, y, 0, 0, false, false, false, false, false, false, 0, deltaY, 0, deltaY, 1, perNotch,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES,
                deltaY / perNotch, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theScrollBarsArrowShowsTheNextLane(FxRobot robot) {
        load(robot, LANES);
        robot.clickOn(bar().lookup(".increment-button"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.getFirstLane());
        assertEquals(skinValue(() -> skin().layout().top()), skinValue(() -> skin().layout().laneTop(1)), 1e-9,
                "lane 1 now starts where the lanes start");
    }

    @Test
    void upAndDownScrollTheLanesWhenTheTimelineHasTheFocus(FxRobot robot) {
        load(robot, LANES);
        robot.interact(view::requestFocus);
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, view.getFirstLane());
        assertTrue(view.isFocused(), "Up and Down do not move the focus away");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.getFirstLane());
        for (int i = 0; i < LANES + 5; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        int max = skinValue(() -> (double) skin().layout().maxFirstLane()).intValue();
        assertEquals(max, view.getFirstLane(), "it stops where the last lane is shown whole");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(max - 1, view.getFirstLane(), "and one Up moves back at once");
    }

    @Test
    void selectingAnEventInALaneOutOfSightBringsItsLaneIntoView(FxRobot robot) {
        load(robot, LANES);
        TimelineEvent last = state.getDataset().event("eo19").orElseThrow();
        assertTrue(view.boundsOf(last).isEmpty(), "the last lane starts out of sight");
        robot.interact(() -> state.setSelectedEvent(last));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = view.boundsOf(last).orElse(null);
        assertNotNull(b, "selected elsewhere (the table, the keys), it is brought into view");
        assertTrue(b.getMaxY() <= view.getHeight() - TimelineSkin.OVERVIEW_HEIGHT, "above the overview: " + b);
        TimelineEvent first = state.getDataset().event("eo00").orElseThrow();
        robot.interact(() -> state.setSelectedEvent(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane(), "and back up for the first lane's event");
    }

    @Test
    void selectingAnEventThatIsDrawnDoesNotMoveTheLanes(FxRobot robot) {
        load(robot, LANES);
        // The last lane that starts above the band's bottom, cut by it, with its event drawn.
        int[] cut = {-1};
        TimelineEvent[] drawn = new TimelineEvent[1];
        robot.interact(() -> {
            TimelineLayout layout = skin().layout();
            for (int l = layout.endLane() - 1; l >= 0 && cut[0] < 0; l--) {
                int item = layout.laneFirstItem(l);
                if (layout.laneTop(l) + layout.laneHeight(l) > layout.bottom() && layout.itemOf(layout.itemEvent(item)) >= 0) {
                    cut[0] = l;
                    drawn[0] = state.getFilteredEvents().get(layout.itemEvent(item));
                }
            }
        });
        if (cut[0] < 0) {
            throw new AssertionError("the scene has no lane cut by the bottom with its event drawn");
        }
        robot.interact(() -> state.setSelectedEvent(drawn[0]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane(), "the event was in sight: the lanes stay where they are");
    }

    @Test
    void highlightingAnOrganisationWhoseLaneIsOutOfSightBringsItIntoView(FxRobot robot) {
        load(robot, LANES);
        TimelineEvent last = state.getDataset().event("eo19").orElseThrow();
        robot.interact(() -> state.highlightOrganisation("o19"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getFirstLane() > 0, "a tree or chip click on it scrolls the lanes");
        assertTrue(view.boundsOf(last).isPresent(), "so that its event is in sight");
        int first = view.getFirstLane();
        robot.interact(() -> state.highlightOrganisation("o18"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, view.getFirstLane(), "a highlight already in sight leaves the lanes where they are");
        robot.interact(() -> state.highlightOrganisation("o00"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane(), "and one above brings the lanes back up");
        robot.interact(() -> state.setHighlights(java.util.List.of(), java.util.List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane(), "clearing the highlight moves nothing");
    }

    @Test
    void whenEveryLaneFitsThereIsNoScrollBarAndTheKeysChangeNothing(FxRobot robot) {
        load(robot, 4);
        assertFalse(bar().isVisible());
        robot.interact(view::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane());
        assertEquals(skinValue(() -> skin().layout().top()), skinValue(() -> skin().layout().laneTop(0)), 1e-9);
    }

    @Test
    void anotherGroupingOfTheLanesStartsAgainAtTheFirst(FxRobot robot) {
        load(robot, LANES);
        robot.interact(() -> view.setFirstLane(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, view.getFirstLane());
        robot.interact(() -> state.setLaneGrouping(LaneGrouping.STATUS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane());
        assertFalse(bar().isVisible(), "one status, one lane");
    }

    @Test
    void theSharedStateKnowsWhichLaneIsShownFirst(FxRobot robot) {
        load(robot, LANES);
        assertEquals(null, state.getFirstLane(), "at the top: none");
        wheel(robot, -40, 40);
        wheel(robot, -40, 40);
        wheel(robot, -40, 40);
        assertEquals("o03", state.getFirstLane(), "three notches down, by the lane's id");
        robot.interact(() -> view.scrollLanes(-1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("o02", state.getFirstLane());
        robot.interact(() -> state.setLaneGrouping(LaneGrouping.STATUS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, state.getFirstLane(), "another grouping starts at its first lane");
    }

    @Test
    void aFirstLaneSetInTheSharedStateScrollsTheLanesToIt(FxRobot robot) {
        load(robot, LANES);
        robot.interact(() -> state.setFirstLane("o07"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, view.getFirstLane());
        assertEquals(7, skinValue(() -> (double) skin().layout().firstLane()).intValue(), "drawn from there");
        robot.interact(() -> state.setFirstLane(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane(), "none: the first lane");
        robot.interact(() -> state.setFirstLane("no-such-lane"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getFirstLane(), "a lane the timeline lacks: the first");
    }

    private ScrollBar bar() {
        Node n = view.lookup(".timeline-lanes-bar");
        assertNotNull(n, "the lanes' scroll bar");
        return (ScrollBar) n;
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    private static Double skinValue(java.util.concurrent.Callable<Double> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long millis(String date) {
        return java.time.LocalDate.parse(date).toEpochDay() * TimeWindow.DAY;
    }
}
