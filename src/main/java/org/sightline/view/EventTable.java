package org.sightline.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.Precision;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.EventMenu;
import org.sightline.view.timeline.MenuKey;

/**
 * A sortable table of the filtered events. Selection is two-way with the shared view state: selecting
 * a row selects the event everywhere, and a selection made elsewhere selects and reveals its row.
 */
public final class EventTable extends TableView<TimelineEvent> {

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    /** Left and right padding of a cell, plus a little air. */
    private static final double CELL_PADDING = 24;

    private boolean syncing;
    /** Highlights or the selection changed while the table was out of the window. */
    private boolean stale;
    private Predicate<TimelineEvent> emphasis = e -> true;

    private final ContextMenu rowMenu = new ContextMenu();

    public EventTable(ViewState state) {
        getStyleClass().add("event-table");
        setId("eventTable");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> state.getDataset() != null
                && state.getDataset().events().isEmpty() ? "This dataset has no events."
                : "No events match the current filters.", state.datasetProperty()));
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<TimelineEvent, PartialDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().start()));
        date.setCellFactory(col -> new FullTextCell<>(EventTable::dateLabel, EventTable::dateLabel));
        date.setPrefWidth(170);
        // A whole date stays readable when the table is narrow ("3 Sep …" is not a date), with its time when
        // the data is timed to the minute ("1 Jan 2015, 1…" is not a time).
        fitDates(date, state.getDataset());
        state.datasetProperty().addListener((obs, old, now) -> fitDates(date, now));

        TableColumn<TimelineEvent, String> title = new TableColumn<>("Event");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setCellFactory(col -> new FullTextCell<>(TimelineEvent::title, TimelineEvent::title));
        title.setPrefWidth(380);

        TableColumn<TimelineEvent, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status().label()));
        status.setPrefWidth(100);
        // Never narrower than its widest word: "Establis…" tells the reader nothing.
        status.setMinWidth(widest(Font.getDefault(), Arrays.stream(EventStatus.values())
                .map(EventStatus::label).toArray(String[]::new)) + CELL_PADDING);

        TableColumn<TimelineEvent, String> orgs = new TableColumn<>("Organisations");
        orgs.setCellValueFactory(c -> new ReadOnlyStringWrapper(organisations(state.getDataset(), c.getValue())));
        orgs.setCellFactory(col -> new FullTextCell<>(e -> organisations(state.getDataset(), e),
                e -> organisationNames(state.getDataset(), e)));
        orgs.setPrefWidth(220);

        // How many sources back each event: sortable, with who published them on hover.
        TableColumn<TimelineEvent, Integer> sources = new TableColumn<>("Sources");
        sources.setId("eventTableSources");
        sources.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sources().size()));
        sources.setCellFactory(col -> new FullTextCell<>(e -> Integer.toString(e.sources().size()),
                EventTable::sourceList));
        sources.getStyleClass().add("count-column");
        sources.setMinWidth(widest(Font.getDefault(), "Sources") + CELL_PADDING + 8);
        sources.setPrefWidth(sources.getMinWidth());

        getColumns().add(date);
        getColumns().add(title);
        getColumns().add(status);
        getColumns().add(sources);
        getColumns().add(orgs);

        SortedList<TimelineEvent> sorted = new SortedList<>(state.filteredEventList());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);

        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                state.setSelectedEvent(now);
            }
        });
        state.selectedEventProperty().addListener((obs, old, now) -> reveal(now));

        // Highlights made elsewhere dim the rows of the other events (they are never hidden).
        // A row's context menu: copy the event, follow its organisations or places (as in the timeline).
        setRowFactory(table -> {
            TableRow<TimelineEvent> row = new TableRow<>() {
                @Override
                protected void updateItem(TimelineEvent item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(DIMMED, !empty && item != null && !emphasis.test(item));
                }
            };
            row.setOnContextMenuRequested(e -> {
                if (!row.isEmpty() && row.getItem() != null) {
                    showRowMenu(state, row, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            return row;
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MenuKey.asks(e) && RowMenuKey.openUnder(this, "table-row-cell",
                    getSelectionModel().getSelectedIndex(), (row, at) -> showRowMenu(state, row, at.getX(), at.getY()))) {
                e.consume();
            }
        });
        state.emphasisRevisionProperty().addListener((obs, old, now) -> {
            emphasis = state.emphasis();
            restyleRows();
        });
        // Out of the window (while presenting) the rows are not restyled nor the selection scrolled to on
        // every briefing step; the table catches up when it is back.
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && stale) {
                stale = false;
                refresh();
                scrollToSelection();
            }
        });
    }

    /** Every row's dimmed state again (TableView.refresh makes every row anew). */
    private void restyleRows() {
        if (getScene() == null) {
            stale = true;
        } else {
            refresh();
        }
    }

    /** Selects the row's event and shows its menu at the screen point (x, y). */
    private void showRowMenu(ViewState state, IndexedCell<?> row, double x, double y) {
        TimelineEvent item = (TimelineEvent) row.getItem();
        state.setSelectedEvent(item);
        rowMenu.getItems().setAll(EventMenu.items(state, item, null, null, () -> CitationClipboard.copySelected(state)));
        rowMenu.show(row, x, y);
    }

    /** The index of the row at the top (0 when none is laid out yet). */
    public int firstRow() {
        return lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null ? flow.getFirstVisibleCell().getIndex() : 0;
    }

    private void scrollToSelection() {
        int row = getSelectionModel().getSelectedIndex();
        if (row >= 0) {
            scrollTo(Math.max(0, row - 3));
        }
    }

    /** Whether the row of an event is dimmed by the current highlight. */
    public boolean isDimmed(TimelineEvent event) {
        return !emphasis.test(event);
    }

    private void reveal(TimelineEvent event) {
        syncing = true;
        try {
            if (event == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != event) {
                getSelectionModel().select(event);
                if (getScene() == null) {
                    stale = true;
                } else {
                    scrollToSelection();
                }
            }
        } finally {
            syncing = false;
        }
    }

    static String dateLabel(TimelineEvent e) {
        return e.dateLabel(Locale.getDefault());
    }

    /** The event's sources, one per line: publisher and date, then title. */
    static String sourceList(TimelineEvent e) {
        return e.sources().stream()
                .map(s -> {
                    String byline = s.byline(Locale.getDefault());
                    return byline.isEmpty() ? s.title() : byline + ": " + s.title();
                })
                .collect(Collectors.joining("\n"));
    }

    static String organisations(Dataset dataset, TimelineEvent e) {
        if (dataset == null) {
            return "";
        }
        return dataset.organisationShortNames(e);
    }

    /** The organisations' full names, one per line (the column shows their short names). */
    static String organisationNames(Dataset dataset, TimelineEvent e) {
        if (dataset == null) {
            return "";
        }
        return e.organisationIds().stream()
                .map(id -> dataset.organisations().get(id).map(o -> o.shortName().equals(o.name()) ? o.name()
                        : o.shortName() + " — " + o.name()).orElse(id))
                .collect(Collectors.joining("\n"));
    }

    /**
     * A cell showing text of its row's event, with the whole of it (or more) in a tooltip, for when the column
     * is too narrow; one tooltip per cell, its text changed as the cell is reused.
     */
    private static final class FullTextCell<T> extends TableCell<TimelineEvent, T> {
        private final Function<TimelineEvent, String> text;
        private final Function<TimelineEvent, String> whole;
        private final Tooltip tooltip = new Tooltip();

        FullTextCell(Function<TimelineEvent, String> text,
                     Function<TimelineEvent, String> whole) {
            this.text = text;
            this.whole = whole;
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            TimelineEvent e = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(e == null ? null : text.apply(e));
            String tip = e == null ? null : whole.apply(e);
            if (tip == null || tip.isBlank()) {
                setTooltip(null);
            } else {
                tooltip.setText(tip);
                setTooltip(tooltip);
            }
        }
    }

    /**
     * Sets the date column's least width to the longest kind of date {@code dataset} has: a day, a time, or a
     * span of times within a day ("6 May 2020, 09:53 – 10:56 UTC"). Longer spans and dates a curator wrote out
     * ("1 Nov 2023 (report date)", a few rows) are cut rather than take room from every row's title; the
     * cell's tooltip has them whole.
     */
    private static void fitDates(TableColumn<TimelineEvent, PartialDate> date, Dataset dataset) {
        String sample = "30 Sep 2000";
        if (dataset != null) {
            for (TimelineEvent e : dataset.events()) {
                if (timed(e.start()) || e.end() != null && timed(e.end())) {
                    sample = "30 Sep 2000, 23:59 UTC";
                    if (e.isSpan()) {
                        sample = "30 Sep 2000, 23:59 – 23:59 UTC"; // the longest kind: no need to look further
                        break;
                    }
                }
            }
        }
        double width = widest(Font.getDefault(), sample) + CELL_PADDING;
        date.setMinWidth(width);
        date.setPrefWidth(Math.max(170, width));
    }

    private static boolean timed(PartialDate d) {
        return d.precision() == Precision.MINUTE || d.precision() == Precision.SECOND;
    }

    /** Width of the widest of {@code values} in {@code font}. */
    private static double widest(Font font, String... values) {
        Text text = new Text();
        text.setFont(font);
        double widest = 0;
        for (String value : values) {
            text.setText(value);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
