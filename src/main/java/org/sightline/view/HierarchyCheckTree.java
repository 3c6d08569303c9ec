package org.sightline.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.TreeCellSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.CheckTreeView;
import org.sightline.controller.ViewState;
import org.sightline.model.Counted;
import org.sightline.model.CountsInView;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.Hierarchy;
import org.sightline.model.HierarchyNode;
import org.sightline.model.Organisation;
import org.sightline.model.Region;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.EventMenu;
import org.sightline.view.timeline.MenuKey;
import org.sightline.view.timeline.NodeMenu;
import org.sightline.view.timeline.TimelineStyle;

/**
 * An organisation or region tree with check boxes. Checking a node filters every view to its events
 * (and those of everything below it); selecting nodes highlights their events. Each row shows the
 * number of events within the filters and the visible time window, and rows of the selected event's
 * organisations or regions are marked. Only {@link ViewState} is read and written.
 */
public final class HierarchyCheckTree<T extends HierarchyNode> extends CheckTreeView<T> {

    /** What differs between the organisation and the region tree. */
    public record Kind<T extends HierarchyNode>(
            Function<Dataset, Hierarchy<T>> hierarchyOf,
            Function<TimelineEvent, List<String>> idsOf,
            Function<EventFilter, Set<String>> filterIds,
            BiFunction<EventFilter, Collection<String>, EventFilter> withFilterIds,
            Function<ViewState, Set<String>> highlighted,
            BiConsumer<ViewState, Collection<String>> highlight,
            Function<T, String> shortLabel,
            Function<T, String> longLabel,
            Swatch<T> swatch) {
    }

    /** A node's colour in the timeline's style (null: no swatch). */
    @FunctionalInterface
    public interface Swatch<T> {
        Color of(Dataset dataset, T node, TimelineStyle style);
    }

    private static final PseudoClass INVOLVED = PseudoClass.getPseudoClass("involved");
    private static final PseudoClass NO_EVENTS = PseudoClass.getPseudoClass("no-events");

    private final ViewState state;
    private final ContextMenu nodeMenu = new ContextMenu();
    private final Kind<T> kind;
    private final Map<String, CheckBoxTreeItem<T>> items = new HashMap<>();
    /** The filtered events' counts per node in the visible window. */
    private final CountsInView counts;
    private Set<String> involved = Set.of();
    /**
     * Counted up whenever the counts or the marked nodes change: the cells on show then update their
     * count, tooltip and marks in place (TreeView.refresh would make every cell again, on every frame of
     * a zoom).
     */
    private final IntegerProperty decorations = new SimpleIntegerProperty(this, "decorations");
    /** Dark with the timeline: the swatches are its colours (a black organisation shows grey on dark). */
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private TimelineStyle swatchStyle = TimelineStyle.light();
    /** Rows that asked to be laid out alone ({@link NodeRow#requestLayout}): laid out after the layout pass. */
    private final Set<NodeRow> rowsToLayOut = new LinkedHashSet<>();
    private final Runnable layOutRows = this::layOutRows;
    private boolean syncing;

    /** The organisation tree: abbreviation, full name and the timeline's colour. */
    public static HierarchyCheckTree<Organisation> organisations(ViewState state) {
        HierarchyCheckTree<Organisation> tree = new HierarchyCheckTree<>(state, new Kind<>(
                Dataset::organisations, TimelineEvent::organisationIds, EventFilter::organisationIds,
                EventFilter::withOrganisations, ViewState::getHighlightedOrganisations,
                (s, ids) -> s.setHighlights(ids, List.of()),
                o -> o.abbreviation() == null || o.abbreviation().isBlank() ? null : o.abbreviation(),
                Organisation::name, (d, o, style) -> style.colorFor(d, o.id())));
        tree.setId("organisationTree");
        return tree;
    }

    /** The region tree: regions and places, no colour. */
    public static HierarchyCheckTree<Region> regions(ViewState state) {
        HierarchyCheckTree<Region> tree = new HierarchyCheckTree<>(state, new Kind<>(
                Dataset::regions, TimelineEvent::regionIds, EventFilter::regionIds,
                EventFilter::withRegions, ViewState::getHighlightedRegions,
                (s, ids) -> s.setHighlights(List.of(), ids), r -> null, Region::name, null));
        tree.setId("regionTree");
        return tree;
    }

    public HierarchyCheckTree(ViewState state, Kind<T> kind) {
        super(new CheckBoxTreeItem<>());
        this.state = state;
        this.kind = kind;
        this.counts = new CountsInView(kind.hierarchyOf(), kind.idsOf());
        getStyleClass().add("hierarchy-tree");
        setShowRoot(false);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(tree -> new NodeCell());
        getCheckModel().getCheckedItems().addListener((ListChangeListener<TreeItem<T>>) c -> checksChanged());
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<T>>) c -> selectionChanged());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && getSelectionModel().getSelectedItem() instanceof CheckBoxTreeItem<T> item) {
                item.setSelected(!item.isSelected());
                e.consume();
            } else if (MenuKey.asks(e) && getSelectionModel().getSelectedItem() != null
                    && getSelectionModel().getSelectedItem().getValue() != null) {
                T node = getSelectionModel().getSelectedItem().getValue();
                if (RowMenuKey.openUnder(this, "hierarchy-cell", getSelectionModel().getSelectedIndex(),
                        (cell, at) -> showNodeMenu(node, cell, at.getX(), at.getY()))) {
                    e.consume();
                }
            }
        });
        state.datasetProperty().addListener((obs, old, now) -> rebuild());
        state.filterProperty().addListener((obs, old, now) -> showFilter());
        state.emphasisRevisionProperty().addListener((obs, old, now) -> showHighlights());
        state.selectedEventProperty().addListener((obs, old, now) -> markInvolved(now));
        state.filteredEventsProperty().addListener(x -> recount());
        // Every frame of a zoom or pan: only the counts in view change, read from the index.
        state.visibleWindowProperty().addListener(x -> recount());
        dark.addListener((obs, old, now) -> {
            swatchStyle = now ? TimelineStyle.dark() : TimelineStyle.light();
            refresh();
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(layOutRows);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(layOutRows);
            }
        });
        rebuild();
    }

    /** Whether the swatches take the dark timeline's colours. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    private void rowWantsLayout(NodeRow row) {
        if (rowsToLayOut.add(row) && rowsToLayOut.size() == 1) {
            Platform.requestNextPulse();
        }
    }

    private void layOutRows() {
        if (rowsToLayOut.isEmpty()) {
            return;
        }
        List<NodeRow> rows = new ArrayList<>(rowsToLayOut);
        rowsToLayOut.clear();
        for (NodeRow row : rows) {
            row.layout();
        }
    }

    private void rebuild() {
        syncing = true;
        try {
            items.clear();
            getSelectionModel().clearSelection();
            List<TreeItem<T>> roots = new java.util.ArrayList<>();
            Dataset d = state.getDataset();
            if (d != null) {
                Hierarchy<T> h = kind.hierarchyOf().apply(d);
                for (T node : h.roots()) {
                    roots.add(item(h, node, 0));
                }
            }
            // One root for the tree's life, so the check model keeps following it.
            getRoot().getChildren().setAll(roots);
            showFilter();
        } finally {
            syncing = false;
        }
        recount();
        showHighlights();
        markInvolved(state.getSelectedEvent());
    }

    private CheckBoxTreeItem<T> item(Hierarchy<T> h, T node, int depth) {
        CheckBoxTreeItem<T> item = new CheckBoxTreeItem<>(node);
        item.setIndependent(true);
        item.setExpanded(depth < 3);
        items.put(node.id(), item);
        for (T child : h.childrenOf(node.id())) {
            item.getChildren().add(item(h, child, depth + 1));
        }
        return item;
    }

    private void checksChanged() {
        if (syncing) {
            return;
        }
        Set<String> ids = checkedIds();
        EventFilter f = state.getFilter();
        if (!ids.equals(kind.filterIds().apply(f))) {
            state.setFilter(kind.withFilterIds().apply(f, ids));
        }
    }

    private void selectionChanged() {
        if (syncing) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<T> item : getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                ids.add(item.getValue().id());
            }
        }
        if (!ids.equals(kind.highlighted().apply(state))) {
            kind.highlight().accept(state, ids);
        }
    }

    /** Checks exactly the nodes the filter names (after a reset, a map click, or a new dataset). */
    private void showFilter() {
        Set<String> ids = kind.filterIds().apply(state.getFilter());
        boolean was = syncing;
        syncing = true;
        try {
            for (Map.Entry<String, CheckBoxTreeItem<T>> e : items.entrySet()) {
                e.getValue().setSelected(ids.contains(e.getKey()));
            }
        } finally {
            syncing = was;
        }
    }

    /**
     * Which rows are unfolded and which is at the top, in the tree of {@code dataset}: what presenting changes,
     * to be put back after it.
     */
    public record Rows(Dataset dataset, Set<String> expanded, int firstRow) {
    }

    /** The rows as they are now (see {@link #restore}). */
    public Rows rows() {
        Set<String> expanded = new HashSet<>();
        items.forEach((id, item) -> {
            if (item.isExpanded()) {
                expanded.add(id);
            }
        });
        IndexedCell<?> first = lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow.getFirstVisibleCell() : null;
        return new Rows(state.getDataset(), expanded, first == null ? 0 : first.getIndex());
    }

    /** Unfolds and scrolls the rows as {@code rows} found them; nothing when another dataset is open since. */
    public void restore(Rows rows) {
        if (rows.dataset() != state.getDataset()) {
            return;
        }
        items.forEach((id, item) -> item.setExpanded(rows.expanded().contains(id)));
        scrollTo(Math.min(rows.firstRow(), Math.max(0, getExpandedItemCount() - 1)));
    }

    /** True when row {@code row} is on show, not at the edge (scrolling lays every row out again). */
    private boolean inView(int row) {
        if (!(lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    /** Selects exactly the highlighted nodes and scrolls the first into view (unless it is on show). */
    private void showHighlights() {
        Set<String> ids = kind.highlighted().apply(state);
        Set<String> selected = new LinkedHashSet<>();
        for (TreeItem<T> item : getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                selected.add(item.getValue().id());
            }
        }
        if (selected.equals(ids)) {
            return;
        }
        boolean was = syncing;
        syncing = true;
        try {
            getSelectionModel().clearSelection();
            TreeItem<T> first = null;
            for (String id : ids) {
                TreeItem<T> item = items.get(id);
                if (item != null) {
                    expandTo(item);
                    getSelectionModel().select(item);
                    first = first == null ? item : first;
                }
            }
            if (first != null) {
                int row = getRow(first);
                if (row >= 0 && !inView(row)) {
                    scrollTo(Math.max(0, row - 2));
                }
            }
            // Lay the rows out now rather than in the next pulse's layout pass: rows restyled there (new
            // items, :odd/:even) ask for a CSS pass in the pulse after, and a pulse whose CSS changes
            // nothing on screen repaints the whole window in JavaFX (measured: every briefing step did).
            if (getScene() != null) {
                layout();
            }
        } finally {
            syncing = was;
        }
    }

    private static void expandTo(TreeItem<?> item) {
        for (TreeItem<?> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
    }

    private void recount() {
        if (counts.update(state.getDataset(), state.getFilteredEvents(), state.getVisibleWindow())) {
            decorations.set(decorations.get() + 1);
        }
    }

    private void markInvolved(TimelineEvent event) {
        Dataset d = state.getDataset();
        Set<String> ids = new LinkedHashSet<>();
        if (event != null && d != null) {
            Hierarchy<T> h = kind.hierarchyOf().apply(d);
            for (String id : kind.idsOf().apply(event)) {
                h.pathToRoot(id).forEach(n -> ids.add(n.id()));
            }
        }
        involved = ids;
        decorations.set(decorations.get() + 1);
    }

    private Set<String> checkedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<T> item : getCheckModel().getCheckedItems()) {
            if (item.getValue() != null) {
                ids.add(item.getValue().id());
            }
        }
        return ids;
    }

    /** The count shown for a node. */
    public int countOf(String id) {
        return counts.of(id);
    }

    /** Ids of the rows marked as part of the selected event. */
    public Set<String> involvedIds() {
        return Set.copyOf(involved);
    }

    /** The tree item of a node, or null. */
    public CheckBoxTreeItem<T> itemOf(String id) {
        return items.get(id);
    }

    /** Expands the node's ancestors and scrolls it into view. */
    public void reveal(String id) {
        TreeItem<T> item = items.get(id);
        if (item != null) {
            expandTo(item);
            layout();
            scrollTo(Math.max(0, getRow(item) - 2));
        }
    }

    /**
     * A row's context menu (right-click, which selects and so highlights the row as a click does, or Shift+F10
     * and the menu key on the selected row): show only the node's events, zoom the timeline to those on view
     * (as zoom to fit frames them), or clear what is filtered and highlighted, as the timeline's lane menu does.
     */
    private void showNodeMenu(T node, Node anchor, double screenX, double screenY) {
        String shortName = kind.shortLabel().apply(node);
        String name = shortName != null ? shortName : kind.longLabel().apply(node);
        Set<String> id = Set.of(node.id());
        List<MenuItem> items = new ArrayList<>(
                NodeMenu.items(state, name, f -> kind.withFilterIds().apply(f, id), null));
        EventMenu.addClearNarrowing(items, state);
        nodeMenu.getItems().setAll(items);
        nodeMenu.show(anchor, screenX, screenY);
    }

    private final class NodeCell extends TreeCell<T> {
        private final CheckBox check = new CheckBox();
        private final Rectangle swatch = new Rectangle(10, 10);
        private final Label shortName = new Label();
        private final Label longName = new Label();
        private final Label count = new Label();
        private final NodeRow box;
        private final Tooltip tip = new Tooltip();
        private CheckBoxTreeItem<T> bound;
        /** Held by the cell, so the tree's weak reference to it lasts as long as the cell. */
        private final ChangeListener<Number> redecorate = (obs, old, now) -> {
            if (!isEmpty() && getItem() != null) {
                decorate(getItem());
            }
        };

        NodeCell() {
            decorations.addListener(new WeakChangeListener<>(redecorate));
            getStyleClass().add("hierarchy-cell");
            shortName.getStyleClass().add("node-short");
            longName.getStyleClass().add("node-long");
            count.getStyleClass().add("node-count");
            swatch.getStyleClass().add("node-swatch");
            box = new NodeRow(check, swatch, shortName, longName, count, HierarchyCheckTree.this::rowWantsLayout);
            check.setFocusTraversable(false);
            setPrefWidth(0);
            setOnContextMenuRequested(e -> {
                if (!isEmpty() && getItem() != null) {
                    showNodeMenu(getItem(), this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        /**
         * TreeCellSkin adds or reorders the disclosure arrow while it lays the cell out, and the arrow's box then
         * moves the arrow: both mark the cell as needing a layout that never comes (its tree is mid-layout and
         * ignores the request). A cell left so marked makes the tree lay out, re-index and restyle every visible
         * row on its next layout, which is every zoom, pan and briefing step. So the arrow's box is laid out here,
         * and the cell, laid out by then, is marked clean.
         */
        @Override
        protected void layoutChildren() {
            // Modena's indent is 1em, which JavaFX resolves when it styles the skin. Rows made on the way back
            // from presenting's larger type kept the skin's unstyled 10 px and stood left of their neighbours.
            if (getSkin() instanceof TreeCellSkin<?> skin && skin.getIndent() != getFont().getSize()) {
                skin.setIndent(getFont().getSize());
            }
            super.layoutChildren();
            if (getDisclosureNode() instanceof Parent arrow && arrow.getParent() == this) {
                arrow.layout();
            }
            setNeedsLayout(false);
        }

        @Override
        protected void updateItem(T node, boolean empty) {
            super.updateItem(node, empty);
            if (bound != null) {
                check.selectedProperty().unbindBidirectional(bound.selectedProperty());
                bound = null;
            }
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                pseudoClassStateChanged(INVOLVED, false);
                pseudoClassStateChanged(NO_EVENTS, false);
                return;
            }
            if (getTreeItem() instanceof CheckBoxTreeItem<T> item) {
                bound = item;
                check.selectedProperty().bindBidirectional(item.selectedProperty());
            }
            Dataset d = state.getDataset();
            Color color = d == null || kind.swatch() == null ? null
                    : kind.swatch().of(d, node, swatchStyle);
            swatch.setVisible(color != null);
            swatch.setManaged(color != null);
            if (color != null) {
                swatch.setFill(color);
            }
            String s = kind.shortLabel().apply(node);
            String l = kind.longLabel().apply(node);
            shortName.setText(s);
            shortName.setVisible(s != null);
            shortName.setManaged(s != null);
            longName.setText(l);
            setText(null);
            setGraphic(box);
            setTooltip(tip);
            decorate(node);
        }

        /** What depends on the counts in view and on the selected event: the count, the tooltip, the marks. */
        private void decorate(T node) {
            int n = counts.of(node.id());
            count.setText(Counted.number(n));
            String s = kind.shortLabel().apply(node);
            tip.setText((s == null ? "" : s + " — ") + kind.longLabel().apply(node) + "\n" + Counted.of(n, "event")
                    + " within the filters and the visible time\nCheck to filter; select to highlight");
            pseudoClassStateChanged(INVOLVED, involved.contains(node.id()));
            pseudoClassStateChanged(NO_EVENTS, n == 0);
        }
    }
}
