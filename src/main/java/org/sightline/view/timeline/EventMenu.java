package org.sightline.view.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.sightline.controller.ViewState;
import org.sightline.model.TimelineEvent;

/**
 * The items of the menu a right-click (or the menu key) opens on an event, in the timeline and in the events
 * table: show its details, zoom to it, copy it, and follow its organisations or places (highlight them, or show
 * only their events). What the caller leaves null is left out; the rest goes through the shared view state.
 */
public final class EventMenu {

    private EventMenu() {
    }

    /** The items for {@code event}; {@code showDetails}, {@code zoomTo} and {@code copy} may be null. */
    public static List<MenuItem> items(ViewState state, TimelineEvent event, Runnable showDetails, Runnable zoomTo,
                                       Runnable copy) {
        List<MenuItem> items = new ArrayList<>();
        add(items, "Show details", "menuShowDetails", showDetails);
        add(items, "Zoom to event", "menuZoomToEvent", zoomTo);
        add(items, "Copy event as text", "menuCopyEventText", copy);
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        List<String> orgs = event.organisationIds();
        List<String> places = event.regionIds();
        MenuItem highlightOrgs = item(orgs.size() == 1 ? "Highlight its organisation" : "Highlight its organisations",
                "menuHighlightOrganisations", () -> state.setHighlights(orgs, List.of()));
        highlightOrgs.setDisable(orgs.isEmpty());
        MenuItem highlightPlaces = item(places.size() == 1 ? "Highlight its place" : "Highlight its places",
                "menuHighlightPlaces", () -> state.setHighlights(List.of(), places));
        highlightPlaces.setDisable(places.isEmpty());
        MenuItem onlyOrgs = item(orgs.size() == 1 ? "Show only its organisation's events"
                        : "Show only its organisations' events", "menuFilterOrganisations",
                () -> state.setFilter(state.getFilter().withOrganisations(orgs)));
        onlyOrgs.setDisable(orgs.isEmpty());
        items.addAll(List.of(highlightOrgs, highlightPlaces, onlyOrgs));
        return items;
    }

    private static void add(List<MenuItem> items, String text, String id, Runnable action) {
        if (action != null) {
            items.add(item(text, id, action));
        }
    }

    /**
     * Adds, when something is filtered or highlighted, a separator and Clear filters and highlights: the last items
     * of the timeline's, the trees' and the map's menus.
     */
    public static void addClearNarrowing(List<MenuItem> items, ViewState state) {
        if (state.isNarrowed()) {
            items.add(new SeparatorMenuItem());
            items.add(item("Clear filters and highlights", "menuResetNarrowing", state::resetFiltersAndHighlights));
        }
    }

    /** A menu item of {@code text} and {@code id} that runs {@code action}. */
    public static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
