package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "To selection" shows the selected event with its whole title, as a briefing step is framed. */
@ExtendWith(ApplicationExtension.class)
class ZoomToSelectionTest {

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = TestData.showStill(stage, state, 640, 300);
    }

    @Test
    void toSelectionShowsTheWholeTitleOfAnEventWhoseTitleWouldRunPastTheEdge(FxRobot robot) {
        TimelineEvent meeting = new TimelineEvent("meeting", "Saltzman meets Defense Minister Kihara in Tokyo",
                PartialDate.parse("2023-09-25"), null, null, "", List.of("a"), List.of(), EventStatus.OCCURRED, null,
                List.of(), List.of(), null);
        Dataset d = TestData.orgTree().event(meeting)
                .event(TestData.event("early", "2019-12-20", null, EventStatus.ESTABLISHED, "z"))
                .event(TestData.event("late", "2024-12-04", null, EventStatus.ESTABLISHED, "z")).build();
        robot.interact(() -> state.setDataset(d, "test"));
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow centred = view.navigator().aroundEvent(meeting.startMillis(), meeting.endMillis());
        robot.interact(() -> {
            state.setVisibleWindow(centred);
            state.setSelectedEvent(meeting);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wholeTitle(meeting), "centred on it, the title runs past the right edge");

        robot.interact(view::zoomToSelection);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow shown = state.getVisibleWindow();
        assertEquals(centred.duration(), shown.duration(), "as wide as the window round the event");
        assertTrue(shown.startMillis() > centred.startMillis(), "moved later");
        assertTrue(shown.intersects(meeting.startMillis(), meeting.endMillis()), "and shows the event");
        assertTrue(wholeTitle(meeting), "the whole title is laid out after its marker");
    }

    /** True when the event's label was laid out whole (not cut, not before its marker) in the last frame. */
    private boolean wholeTitle(TimelineEvent e) {
        boolean[] whole = new boolean[1];
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                TimelineSkin skin = (TimelineSkin) view.getSkin();
                TimelineLayout layout = skin.layout();
                int item = layout.itemOf(positionOf(e));
                whole[0] = item >= 0 && !layout.itemLabelBefore(item)
                        && layout.itemLabelLimit(item) >= layout.itemLabelX(item) + layout.itemLabelWidth(item) - 1e-6
                        && layout.itemLabelX(item) + layout.itemLabelWidth(item) <= layout.scale().x1();
            }).get();
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
        return whole[0];
    }

    private int positionOf(TimelineEvent e) {
        return state.getFilteredEvents().indexOf(e);
    }
}
