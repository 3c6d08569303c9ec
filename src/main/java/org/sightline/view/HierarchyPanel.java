package org.sightline.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.Hierarchy;
import org.sightline.model.HierarchyNode;
import org.sightline.model.TimelineEvent;

/**
 * A tree of organisations or regions with the number of shown events at or below each node.
 * Rebuilt when the dataset changes; counts follow the filters.
 */
public final class HierarchyPanel<T extends HierarchyNode> extends TreeView<T> {

    private final ViewState state;
    private final Function<Dataset, Hierarchy<T>> hierarchyOf;
    private final Function<TimelineEvent, List<String>> idsOf;
    private final Function<T, String> labelOf;
    private Map<String, Integer> counts = Map.of();

    public HierarchyPanel(ViewState state, Function<Dataset, Hierarchy<T>> hierarchyOf,
                          Function<TimelineEvent, List<String>> idsOf, Function<T, String> labelOf) {
        this.state = state;
        this.hierarchyOf = hierarchyOf;
        this.idsOf = idsOf;
        this.labelOf = labelOf;
        getStyleClass().add("hierarchy-panel");
        setShowRoot(false);
        setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : labelOf.apply(item) + "  (" + counts.getOrDefault(item.id(), 0) + ")");
            }
        });
        state.datasetProperty().addListener((obs, old, now) -> rebuild());
        state.filteredEventsProperty().addListener((obs, old, now) -> recount());
        rebuild();
    }

    private void rebuild() {
        Dataset dataset = state.getDataset();
        TreeItem<T> root = new TreeItem<>();
        if (dataset != null) {
            Hierarchy<T> h = hierarchyOf.apply(dataset);
            for (T node : h.roots()) {
                root.getChildren().add(item(h, node, 0));
            }
        }
        recount();
        setRoot(root);
    }

    private TreeItem<T> item(Hierarchy<T> h, T node, int depth) {
        TreeItem<T> item = new TreeItem<>(node);
        item.setExpanded(depth < 2);
        for (T child : h.childrenOf(node.id())) {
            item.getChildren().add(item(h, child, depth + 1));
        }
        return item;
    }

    private void recount() {
        Dataset dataset = state.getDataset();
        Map<String, Integer> next = new HashMap<>();
        if (dataset != null) {
            Hierarchy<T> h = hierarchyOf.apply(dataset);
            for (TimelineEvent e : state.getFilteredEvents()) {
                java.util.Set<String> counted = new java.util.HashSet<>();
                for (String id : idsOf.apply(e)) {
                    for (T node : h.pathToRoot(id)) {
                        if (counted.add(node.id())) {
                            next.merge(node.id(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        counts = next;
        refresh();
    }

    /** The count shown for a node, for tests. */
    public int countOf(String id) {
        return counts.getOrDefault(id, 0);
    }
}
