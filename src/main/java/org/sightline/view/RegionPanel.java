package org.sightline.view;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledMap;
import org.sightline.model.Region;
import org.sightline.view.map.MapCanvas;

/** The region panel: the offline map with zoom buttons above the region tree. */
public final class RegionPanel extends SplitPane {

    private final MapCanvas map;
    private final HierarchyCheckTree<Region> tree;

    public RegionPanel(ViewState state) {
        getStyleClass().add("region-panel");
        setId("regionPanel");
        setOrientation(Orientation.VERTICAL);
        map = new MapCanvas(state, BundledMap.load());
        Button in = button("+", "Zoom in (+)", "mapZoomIn");
        in.setOnAction(e -> map.zoomIn());
        Button out = button("−", "Zoom out (−)", "mapZoomOut");
        out.setOnAction(e -> map.zoomOut());
        Button reset = button("⟲", "Show the whole Indo-Pacific (0)", "mapReset");
        reset.setOnAction(e -> map.resetView());
        VBox buttons = new VBox(2, in, out, reset);
        buttons.getStyleClass().add("map-buttons");
        buttons.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(buttons, Pos.BOTTOM_RIGHT);
        Label hint = new Label("Click: highlight · double-click: filter");
        hint.getStyleClass().add("map-hint");
        hint.setMouseTransparent(true);
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        StackPane mapPane = new StackPane(map, buttons, hint);
        mapPane.getStyleClass().add("map-pane");
        tree = HierarchyCheckTree.regions(state);
        getItems().addAll(mapPane, EmptyNote.over(tree, "This dataset names no regions.", "regionsEmptyNote",
                EmptyNote.noneIn(state, d -> d.regions().size())));
        setDividerPositions(0.62);
    }

    private static Button button(String text, String tip, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("map-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    public MapCanvas map() {
        return map;
    }

    public HierarchyCheckTree<Region> tree() {
        return tree;
    }
}
