package org.sightline.view.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.control.MenuItem;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * The items a menu offers for an organisation or a place (a row of the organisation or region tree, a place on
 * the map): highlight it, show only its events, or zoom the timeline to its events on view, framed as zoom to fit
 * frames the data, without filtering anything. All through the shared view state.
 */
public final class NodeMenu {

    private NodeMenu() {
    }

    /**
     * The items for the node called {@code name}; {@code narrowTo} narrows a filter to it (and the nodes under
     * it); {@code highlight} may be null (where a click already highlights).
     */
    public static List<MenuItem> items(ViewState state, String name, UnaryOperator<EventFilter> narrowTo,
                                       Runnable highlight) {
        List<MenuItem> items = new ArrayList<>();
        if (highlight != null) {
            items.add(EventMenu.item("Highlight " + name, "menuHighlightNode", highlight));
        }
        items.add(EventMenu.item("Show only " + name, "menuFilterNode",
                () -> state.setFilter(narrowTo.apply(state.getFilter()))));
        Optional<TimeWindow> shown = state.getDataset() == null ? Optional.empty()
                : Dataset.extentOf(shownOf(state, narrowTo.apply(EventFilter.NONE)));
        MenuItem zoom = EventMenu.item("Zoom to its events", "menuZoomNode", () -> shown.ifPresent(
                extent -> state.setVisibleWindow(Navigator.of(state.getDataset()).fitTo(extent))));
        zoom.setDisable(shown.isEmpty());
        items.add(zoom);
        return items;
    }

    /** The events on view (those the filter leaves) that {@code only} lets through too. */
    private static List<TimelineEvent> shownOf(ViewState state, EventFilter only) {
        EventFilter.Matcher its = only.matcher(state.getDataset());
        return state.getFilteredEvents().stream().filter(its::test).toList();
    }
}
