package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** C and Shift+C fold lanes from the keyboard, as a click on a lane header does. */
@ExtendWith(ApplicationExtension.class)
class LaneFoldingKeysTest {

    private static final TimelineEvent IN_C = TestData.event("inc", "2021-05-01", null, EventStatus.OCCURRED, "c");
    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = TestData.showStill(stage, state, 800, 400);
        state.setDataset(TestData.orgTree().event(IN_C)
                .event(TestData.event("inz", "2022-05-01", null, EventStatus.OCCURRED, "z")).build(), "test");
        state.setLaneGrouping(LaneGrouping.ORGANISATION_TREE);
    }

    private Set<String> folded(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return Set.copyOf(state.getCollapsedLanes());
    }

    @Test
    void aLaneFoldedInTheSharedStateIsDrawnFoldedWithNothingElseChanging(FxRobot robot) {
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        robot.interact(() -> state.getCollapsedLanes().add("b"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::layout); // the next pulse's layout, where the skin draws what changed
        List<String> drawn = skin.renderer().lanes().lanes().stream().map(Lane::id).toList();
        assertEquals(List.of("a", "b", "z"), drawn, "c rolls up into the folded b");
        assertTrue(skin.renderer().lanes().lanes().get(1).collapsed());
        robot.interact(() -> state.getCollapsedLanes().remove("b"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::layout);
        assertEquals(List.of("a", "b", "c", "z"), skin.renderer().lanes().lanes().stream().map(Lane::id).toList(),
                "and unfolded again");
    }

    @Test
    void cFoldsAndUnfoldsTheSelectedEventsLane(FxRobot robot) {
        robot.interact(() -> {
            state.setSelectedEvent(IN_C);
            view.requestFocus();
        });
        robot.type(KeyCode.C);
        assertEquals(Set.of("c"), folded(robot), "the lane of the event, c, is folded to one row");
        robot.type(KeyCode.C);
        assertEquals(Set.of(), folded(robot), "and unfolded again");
    }

    @Test
    void shiftCFoldsTheLaneAboveAndCThenUnfoldsItWithTheEventRolledUpIntoIt(FxRobot robot) {
        robot.interact(() -> {
            state.setSelectedEvent(IN_C);
            view.requestFocus();
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT);
        assertEquals(Set.of("b"), folded(robot), "b, the parent of c, is folded and c's events roll up into it");
        robot.type(KeyCode.C);
        assertEquals(Set.of(), folded(robot), "the event now lies in b's lane, so C unfolds b");
    }

    @Test
    void foldingTheLaneAboveKeepsTheSelectionInSightWhenTheLanesScroll(FxRobot robot) {
        var b = TestData.orgTree();
        for (int i = 0; i < 12; i++) {
            b.organisation(TestData.org("r" + i, null));
            b.event(TestData.event("in" + i, "2021-0" + (1 + i % 9) + "-01", null, EventStatus.OCCURRED, "r" + i));
        }
        b.event(TestData.event("ina", "2021-02-01", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("inb", "2021-03-01", null, EventStatus.OCCURRED, "b"));
        robot.interact(() -> {
            state.setDataset(b.event(IN_C).build(), "many");
            state.setLaneGrouping(LaneGrouping.ORGANISATION_TREE);
            view.getScene().getWindow().setHeight(260); // a few lanes at a time: they scroll
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        robot.interact(() -> {
            view.setFirstLane(2); // c's lane at the top, a and b scrolled away above it
            state.setSelectedEvent(IN_C);
            view.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT);
        assertEquals(Set.of("b"), folded(robot));
        robot.interact(view::layout);
        TimelineLayout layout = skin.renderer().layout();
        int lane = skin.renderer().lanes().laneOf(state.getFilteredEvents().indexOf(IN_C));
        assertTrue(lane >= layout.firstLane() && lane < layout.wholeLaneEnd(), "the selection's lane, " + lane
                + ", is on show: lanes " + layout.firstLane() + " to " + (layout.wholeLaneEnd() - 1));
    }

    @Test
    void withNothingSelectedCFoldsNothing(FxRobot robot) {
        robot.interact(view::requestFocus);
        robot.type(KeyCode.C);
        assertEquals(Set.of(), folded(robot));
    }
}
