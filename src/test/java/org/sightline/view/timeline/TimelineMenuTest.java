package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.EventStatus;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main band's context menu: on an event, a lane header, empty ground, and from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class TimelineMenuTest {

    private ViewState state;
    private TimelineView view;
    private final AtomicInteger detailsShown = new AtomicInteger();
    private final AtomicInteger copied = new AtomicInteger();

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = TestData.showStill(stage, state, 900, 400);
        view.setOnShowDetails(detailsShown::incrementAndGet);
        view.setOnCopyEvent(copied::incrementAndGet);
        state.setDataset(TestData.orgTree()
                .event(TestData.event("b1", "2020-03-05", null, EventStatus.OCCURRED, "b"))
                .event(TestData.event("z1", "2020-09-10", null, EventStatus.ESTABLISHED, "z")).build(), "test");
        state.setVisibleWindow(new TimeWindow(TestData.day(2020, 1, 1), TestData.day(2021, 1, 1)));
    }

    private TimelineEvent event(String id) {
        return state.getDataset().event(id).orElseThrow();
    }

    /** Where {@code e}'s marker is on the screen. */
    private Point2D markerOf(FxRobot robot, TimelineEvent e) {
        Bounds[] b = new Bounds[1];
        robot.interact(() -> b[0] = view.localToScreen(view.boundsOf(e).orElseThrow()));
        return new Point2D(b[0].getMinX() + 4, b[0].getMinY() + b[0].getHeight() / 2);
    }

    /**
     * A right-click at {@code screen}: the context-menu request the platform sends for it (Monocle, which runs
     * these tests, sends none of its own for the secondary button).
     */
    private void rightClick(FxRobot robot, Point2D screen) {
        Node band = view.lookup(".timeline-canvas");
        robot.interact(() -> {
            Point2D local = band.screenToLocal(screen);
            Event.fireEvent(band, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), screen.getX(), screen.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ContextMenu menu() {
        return ((TimelineSkin) view.getSkin()).contextMenu();
    }

    private List<String> texts() {
        return menu().getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem)).map(MenuItem::getText).toList();
    }

    private MenuItem item(String id) {
        return menu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + texts()));
    }

    private void choose(FxRobot robot, String id) {
        assertTrue(menu().isShowing(), "the menu is open");
        robot.clickOn(item(id).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(menu().isShowing(), "and closes once an item is chosen");
        robot.interact(view::layout); // the frame that shows it drawn, as the next pulse would
    }

    @Test
    void aRightClickOnAnEventSelectsItAndItsMenuFollowsItsOrganisation(FxRobot robot) {
        Point2D marker = markerOf(robot, event("b1"));
        rightClick(robot, marker);
        assertEquals(event("b1"), state.getSelectedEvent(), "a right-click selects, as a click does");
        assertEquals(List.of("Show details", "Zoom to event", "Copy event as text", "Highlight its organisation",
                "Highlight its places", "Show only its organisation's events"), texts());
        assertTrue(item("menuHighlightPlaces").isDisable(), "it names no place");
        choose(robot, "menuHighlightOrganisations");
        assertEquals(Set.of("b"), state.getHighlightedOrganisations());

        rightClick(robot, marker);
        choose(robot, "menuFilterOrganisations");
        assertEquals(Set.of("b"), state.getFilter().organisationIds());
        assertEquals(List.of(event("b1")), state.getFilteredEvents());

        rightClick(robot, markerOf(robot, event("b1")));
        choose(robot, "menuShowDetails");
        rightClick(robot, markerOf(robot, event("b1")));
        choose(robot, "menuCopyEventText");
        assertEquals(1, detailsShown.get());
        assertEquals(1, copied.get());
    }

    @Test
    void aLaneHeadersMenuFoldsHighlightsAndFiltersItsLane(FxRobot robot) {
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        double[] middle = new double[1];
        robot.interact(() -> middle[0] = skin.laneMiddle(1)); // the lanes: a, z
        Point2D header = view.localToScreen(40, middle[0]);
        rightClick(robot, header);
        assertEquals(List.of("Fold lane", "Zoom to its events", "Highlight Z", "Show only Z"), texts());
        choose(robot, "menuFoldLane");
        assertEquals(Set.of("z"), state.getCollapsedLanes());

        rightClick(robot, header);
        assertEquals(List.of("Unfold lane", "Unfold all lanes", "Zoom to its events", "Highlight Z", "Show only Z"),
                texts());
        choose(robot, "menuHighlightLane");
        assertEquals(Set.of("z"), state.getHighlightedOrganisations());

        rightClick(robot, header);
        choose(robot, "menuFilterLane");
        assertEquals(List.of(event("z1")), state.getFilteredEvents());

        rightClick(robot, header);
        choose(robot, "menuZoomLane");
        TimelineEvent z1 = event("z1");
        TimeWindow shown = state.getVisibleWindow();
        assertEquals(view.navigator().fitTo(new TimeWindow(z1.startMillis(), z1.endMillis())), shown);
        assertEquals(4 * TimeWindow.DAY, shown.duration(), "its one event, with the days round it");
    }

    @Test
    void theGroundsMenuZoomsInAboutThePointer(FxRobot robot) {
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        double[] at = new double[2];
        robot.interact(() -> {
            at[0] = 600; // after both events' labels, above the overview
            at[1] = skin.laneMiddle(0) + 30;
            at[1] = Math.min(at[1], skin.laneMiddle(1) - 25);
        });
        double instant = skin.viewScale().millisAt(at[0]);
        long before = state.getVisibleWindow().duration();
        rightClick(robot, view.localToScreen(at[0], at[1]));
        assertEquals(null, state.getSelectedEvent(), "nothing under the pointer");
        assertEquals(List.of("Zoom in here", "Zoom out", "Zoom to fit"), texts());
        choose(robot, "menuZoomInHere");
        assertEquals(before / 2.0, state.getVisibleWindow().duration(), before * 0.01);
        assertEquals(instant, skin.viewScale().millisAt(at[0]), TimeWindow.DAY, "the instant under the pointer stays");
    }

    @Test
    void aClustersMenuZoomsIntoItsEvents(FxRobot robot) {
        robot.interact(() -> {
            state.setDataset(TestData.oneLaneEach(1, 1200,
                    (lane, k) -> String.format(java.util.Locale.ROOT, "2020-%02d-%02d", 3 + k % 2, 1 + k % 28)), "test");
            state.setVisibleWindow(new TimeWindow(TestData.day(2019, 1, 1), TestData.day(2022, 1, 1)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::layout);
        TimelineLayout layout = ((TimelineSkin) view.getSkin()).renderer().layout();
        assertTrue(layout.clusterCount() > 0, "1,200 events in two months make clusters at this zoom");
        int c = 0;
        Point2D middle = view.localToScreen((layout.clusterX1(c) + layout.clusterX2(c)) / 2,
                (layout.clusterY1(c) + layout.clusterY2(c)) / 2);
        int size = layout.clusterSize(c);
        long start = layout.clusterStart(c);
        rightClick(robot, middle);
        assertEquals("Zoom into these " + org.sightline.model.Counted.of(size, "event"), texts().get(0));
        choose(robot, "menuZoomCluster");
        assertTrue(state.getVisibleWindow().duration() < TestData.day(2022, 1, 1) - TestData.day(2019, 1, 1),
                "zoomed in");
        assertTrue(state.getVisibleWindow().startMillis() <= start, "onto the cluster");
    }

    @Test
    void shiftF10OpensTheGroundsMenuWhenNothingIsSelected(FxRobot robot) {
        robot.interact(view::requestFocus);
        robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu().isShowing());
        assertEquals(List.of("Zoom in here", "Zoom out", "Zoom to fit"), texts());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(menu().isShowing(), "Esc closes it");
    }

    @Test
    void theMenuKeyOpensTheSelectedEventsMenuAtTheEvent(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(event("z1")));
        WaitForAsyncUtils.waitForFxEvents();
        Node band = view.lookup(".timeline-canvas");
        robot.interact(() -> Event.fireEvent(band, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                0, 0, 0, 0, true, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu().isShowing());
        Point2D marker = markerOf(robot, event("z1"));
        assertEquals(marker.getX() - 4, menu().getAnchorX(), 1, "under the event");
        choose(robot, "menuZoomToEvent");
        TimeWindow w = state.getVisibleWindow();
        assertTrue(w.duration() < TestData.day(2021, 1, 1) - TestData.day(2020, 1, 1), "zoomed in: " + w);
        assertTrue(w.startMillis() < event("z1").startMillis() && w.endMillis() > event("z1").startMillis(), "on it");
    }
}
