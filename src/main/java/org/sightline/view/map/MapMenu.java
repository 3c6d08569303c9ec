package org.sightline.view.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import org.sightline.controller.ViewState;
import org.sightline.model.Region;
import org.sightline.view.timeline.EventMenu;
import org.sightline.view.timeline.MenuKey;
import org.sightline.view.timeline.NodeMenu;

/**
 * The map's context menu (right-click; the menu key or Shift+F10 with the map focused): on a place, highlight it,
 * show only its events or zoom the timeline to them; anywhere, zoom the map or reset its view; and clear filters
 * and highlights when there are any. Everything goes through the shared view state or the map's own view.
 */
final class MapMenu {

    private final MapCanvas map;
    private final ViewState state;
    private final ContextMenu menu = new ContextMenu();

    MapMenu(MapCanvas map, ViewState state) {
        this.map = map;
        this.state = state;
        map.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
        // Not every platform turns these keys into a request, so the map answers them itself.
        map.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MenuKey.asks(e)) {
                openFromKeyboard();
                e.consume();
            }
        });
    }

    ContextMenu menu() {
        return menu;
    }

    private void requested(ContextMenuEvent e) {
        e.consume();
        if (e.isKeyboardTrigger()) {
            openFromKeyboard();
        } else {
            show(itemsFor(map.hit(e.getX(), e.getY())), e.getScreenX(), e.getScreenY());
        }
    }

    /** The menu of the one place highlighted, under its marker when it is on the map, else the map's at its middle. */
    private void openFromKeyboard() {
        if (menu.isShowing() || map.getScene() == null) {
            return;
        }
        Set<String> lit = state.getHighlightedRegions();
        String place = lit.size() == 1 ? lit.iterator().next() : null;
        Point2D at = place == null ? null : map.markerPoint(place);
        if (at == null) {
            place = null;
            at = new Point2D(map.getWidth() / 2, map.getHeight() / 2);
        }
        Point2D screen = map.localToScreen(at);
        show(itemsFor(place), screen.getX(), screen.getY());
    }

    private void show(List<MenuItem> items, double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(items);
        menu.show(map, screenX, screenY);
    }

    /** The items for the place {@code id} (null: none, the map's own). */
    List<MenuItem> itemsFor(String id) {
        List<MenuItem> items = new ArrayList<>();
        String name = id == null || state.getDataset() == null ? null
                : state.getDataset().regions().get(id).map(Region::name).orElse(null);
        if (name != null) {
            items.addAll(NodeMenu.items(state, name, f -> f.withRegions(Set.of(id)), () -> state.highlightRegion(id)));
            items.add(new SeparatorMenuItem());
        }
        items.add(EventMenu.item("Zoom map in", "menuMapZoomIn", map::zoomIn));
        items.add(EventMenu.item("Zoom map out", "menuMapZoomOut", map::zoomOut));
        items.add(EventMenu.item("Reset map view", "menuMapReset", map::resetView));
        EventMenu.addClearNarrowing(items, state);
        return items;
    }
}
