package org.sightline.view.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;
import org.sightline.controller.ViewState;
import org.sightline.model.Counted;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * The main band's context menu (right-click, the menu key, Shift+F10), for what lies under the pointer: an
 * event (which it selects, as a click does), a lane header, a cluster, or empty ground. From the keyboard it
 * opens on the selected event where it is drawn, else on the ground at the middle of the band.
 */
final class TimelineMenu {

    private final TimelineSkin skin;
    private final Region band;
    private final ContextMenu menu = new ContextMenu();

    TimelineMenu(TimelineSkin skin, Region band) {
        this.skin = skin;
        this.band = band;
        menu.getStyleClass().add("timeline-menu");
        band.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    /** The menu, for tests. */
    ContextMenu menu() {
        return menu;
    }

    private void requested(ContextMenuEvent e) {
        if (skin.frame() == null) {
            return;
        }
        e.consume();
        if (e.isKeyboardTrigger()) {
            openFromKeyboard();
        } else {
            show(itemsAt(e.getX(), e.getY()), e.getScreenX(), e.getScreenY());
        }
    }

    /**
     * The menu key or Shift+F10 (the timeline's own keys, as not every platform turns them into a request):
     * the selected event's menu under it where it is drawn, else the ground's at the middle of the band. False
     * when there is nothing drawn to open it on.
     */
    boolean openFromKeyboard() {
        if (skin.frame() == null || band.getScene() == null) {
            return false;
        }
        if (menu.isShowing()) {
            return true; // the platform's request for the same key
        }
        TimelineEvent selected = skin.getSkinnable().state().getSelectedEvent();
        Bounds drawn = selected == null ? null : skin.getSkinnable().boundsOf(selected).orElse(null);
        Bounds onScreen = drawn == null ? null : skin.getSkinnable().localToScreen(drawn);
        if (onScreen != null) {
            show(eventItems(selected), onScreen.getMinX(), onScreen.getMaxY());
        } else {
            Bounds whole = band.localToScreen(band.getBoundsInLocal());
            show(groundItems(skin.viewScale().millisAt(band.getWidth() / 2)), whole.getMinX() + whole.getWidth() / 2,
                    whole.getMinY() + whole.getHeight() / 2);
        }
        return true;
    }

    private void show(List<MenuItem> items, double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(items);
        menu.show(band, screenX, screenY);
    }

    /** What the menu holds for the point (x, y) of the band, selecting the event there. */
    List<MenuItem> itemsAt(double x, double y) {
        TimelineRenderer renderer = skin.renderer();
        TimelineLayout layout = renderer.layout();
        if (x < renderer.headerWidth()) {
            int lane = layout.laneAt(y);
            return lane < 0 ? groundItems(skin.viewScale().millisAt(renderer.headerWidth()))
                    : laneItems(layout.lanes().lanes().get(lane), layout.lanes().index(lane).span());
        }
        double at = x + skin.offset();
        int item = layout.itemAt(at, y);
        if (item >= 0) {
            TimelineEvent event = renderer.eventAt(layout.itemEvent(item));
            skin.getSkinnable().state().setSelectedEvent(event);
            return eventItems(event);
        }
        int cluster = layout.clusterAt(at, y);
        if (cluster >= 0) {
            long start = layout.clusterStart(cluster);
            long end = layout.clusterEnd(cluster);
            List<MenuItem> items = new ArrayList<>();
            items.add(EventMenu.item("Zoom into these " + Counted.of(layout.clusterSize(cluster), "event"), "menuZoomCluster",
                    () -> skin.getSkinnable().zoomToRange(start, end)));
            items.add(new SeparatorMenuItem());
            items.addAll(groundItems(skin.viewScale().millisAt(x)));
            return items;
        }
        return groundItems(skin.viewScale().millisAt(x));
    }

    private List<MenuItem> eventItems(TimelineEvent event) {
        TimelineView view = skin.getSkinnable();
        return EventMenu.items(view.state(), event, view.getOnShowDetails(), view::zoomToSelection,
                view.getOnCopyEvent());
    }

    /** A lane header's menu; {@code span} from its first event to its last (null: none). */
    private List<MenuItem> laneItems(Lane lane, TimeWindow span) {
        ViewState state = skin.getSkinnable().state();
        List<MenuItem> items = new ArrayList<>();
        items.add(EventMenu.item(lane.collapsed() ? "Unfold lane" : "Fold lane", "menuFoldLane",
                () -> skin.toggleFolded(lane)));
        if (!state.getCollapsedLanes().isEmpty()) {
            items.add(EventMenu.item("Unfold all lanes", "menuUnfoldAll", () -> state.getCollapsedLanes().clear()));
        }
        if (span != null) {
            items.add(EventMenu.item("Zoom to its events", "menuZoomLane", () -> skin.getSkinnable().fitTo(span)));
        }
        String id = lane.id();
        LaneGrouping grouping = skin.frame().grouping();
        boolean special = id.startsWith("~"); // the lane of events with no organisation or place, or of all
        EventFilter filter = state.getFilter();
        if (!special && (grouping == LaneGrouping.ORGANISATION || grouping == LaneGrouping.ORGANISATION_TREE)) {
            items.add(new SeparatorMenuItem());
            items.add(EventMenu.item("Highlight " + lane.title(), "menuHighlightLane",
                    () -> state.highlightOrganisation(id)));
            items.add(EventMenu.item("Show only " + lane.title(), "menuFilterLane",
                    () -> state.setFilter(filter.withOrganisations(Set.of(id)))));
        } else if (!special && grouping == LaneGrouping.REGION) {
            items.add(new SeparatorMenuItem());
            items.add(EventMenu.item("Highlight " + lane.title(), "menuHighlightLane", () -> state.highlightRegion(id)));
            items.add(EventMenu.item("Show only " + lane.title(), "menuFilterLane",
                    () -> state.setFilter(filter.withRegions(Set.of(id)))));
        } else if (grouping == LaneGrouping.STATUS) {
            EventStatus.fromId(id).ifPresent(status -> {
                items.add(new SeparatorMenuItem());
                items.add(EventMenu.item("Show only " + lane.title(), "menuFilterLane",
                        () -> state.setFilter(filter.withStatuses(Set.of(status)))));
            });
        }
        return items;
    }

    private List<MenuItem> groundItems(double millis) {
        TimelineView view = skin.getSkinnable();
        ViewState state = view.state();
        List<MenuItem> items = new ArrayList<>();
        items.add(EventMenu.item("Zoom in here", "menuZoomInHere", () -> view.zoomAbout(0.5, millis, view.isAnimated())));
        items.add(EventMenu.item("Zoom out", "menuZoomOut", view::zoomOut));
        items.add(EventMenu.item("Zoom to fit", "menuZoomFit", view::zoomToFit));
        EventMenu.addClearNarrowing(items, state);
        return items;
    }
}
