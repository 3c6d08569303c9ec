package org.sightline.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.TextSearch;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.StatusGlyphs;

/**
 * Search and filters above the views: a clearable search field (Ctrl+F) over titles, summaries,
 * organisations, regions and sources, with its match count and a choice between filtering (hide the
 * rest) and highlighting (dim the rest); a status filter with the timeline's glyphs; a tag filter.
 */
public final class SearchBar extends HBox {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");

    private final ViewState state;
    private final TextField field = TextFields.createClearableTextField();
    private final Label matches = new Label();
    private final ToggleButton filterMode = new ToggleButton("Filter");
    private final ToggleButton highlightMode = new ToggleButton("Highlight");
    private final MenuButton statuses = new MenuButton("Status");
    private final MenuButton tags = new MenuButton("Tags");
    private final Map<EventStatus, CheckBox> statusBoxes = new LinkedHashMap<>();
    private final Map<String, CheckBox> tagBoxes = new LinkedHashMap<>();
    private boolean syncing;

    public SearchBar(ViewState state) {
        this.state = state;
        getStyleClass().add("search-bar");
        setId("searchBar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        field.setId("searchField");
        field.getStyleClass().add("search-field");
        field.setPromptText("Search titles, places, sources (Ctrl+F)");
        field.setPrefColumnCount(30);
        field.textProperty().addListener((obs, old, now) -> apply());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        matches.setId("searchCount");
        matches.getStyleClass().add("search-count");
        matches.setMinWidth(Label.USE_PREF_SIZE);

        filterMode.setId("searchModeFilter");
        highlightMode.setId("searchModeHighlight");
        filterMode.setTooltip(new Tooltip("Show only the events that match"));
        highlightMode.setTooltip(new Tooltip("Show all events; dim those that do not match"));
        SegmentedButton modes = new SegmentedButton(filterMode, highlightMode);
        ToggleGroup mode = modes.getToggleGroup();
        filterMode.setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                apply();
            }
        });
        modes.getStyleClass().add("search-mode");

        statuses.setId("statusFilter");
        for (EventStatus s : EventStatus.values()) {
            CheckBox box = new CheckBox(s.label());
            box.setId("status-" + s.id());
            box.setGraphic(glyph(s));
            box.setTooltip(new Tooltip(s.description()));
            box.selectedProperty().addListener((obs, old, now) -> statusesChanged());
            statusBoxes.put(s, box);
            statuses.getItems().add(menuItem(box));
        }
        tags.setId("tagFilter");

        getChildren().addAll(field, matches, modes, statuses, tags);
        for (Observable o : new Observable[] {state.filterProperty(), state.highlightTextProperty(),
            state.filteredEventsProperty()}) {
            o.addListener(x -> showState());
        }
        state.datasetProperty().addListener((obs, old, now) -> rebuildTags());
        rebuildTags();
    }

    /** Moves the keyboard focus to the search field and selects its text (Ctrl+F). */
    public void focusSearch() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }

    /** The check box of a status in the status filter menu. */
    public CheckBox statusBox(EventStatus status) {
        return statusBoxes.get(status);
    }

    /** True when search highlights instead of filtering. */
    public boolean isHighlighting() {
        return highlightMode.isSelected();
    }

    private void apply() {
        if (syncing) {
            return;
        }
        String text = field.getText() == null ? "" : field.getText().strip();
        syncing = true;
        try {
            if (highlightMode.isSelected()) {
                state.setFilter(state.getFilter().withText(""));
                state.setHighlightText(text);
            } else {
                state.setHighlightText("");
                state.setFilter(state.getFilter().withText(text));
            }
        } finally {
            syncing = false;
        }
        showState();
    }

    private void statusesChanged() {
        if (syncing) {
            return;
        }
        state.setFilter(state.getFilter().withStatuses(checked(statusBoxes)));
    }

    private void tagsChanged() {
        if (syncing) {
            return;
        }
        state.setFilter(state.getFilter().withTags(checked(tagBoxes)));
    }

    private void rebuildTags() {
        Map<String, Integer> counts = new TreeMap<>();
        Dataset d = state.getDataset();
        if (d != null) {
            for (TimelineEvent e : d.events()) {
                e.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
            }
        }
        syncing = true;
        try {
            tagBoxes.clear();
            tags.getItems().clear();
            counts.forEach((tag, n) -> {
                CheckBox box = new CheckBox(tag + " (" + n + ")");
                box.setMnemonicParsing(false);
                box.setId("tag-" + tag);
                box.selectedProperty().addListener((obs, old, now) -> tagsChanged());
                tagBoxes.put(tag, box);
                tags.getItems().add(menuItem(box));
            });
            tags.setDisable(tagBoxes.isEmpty());
        } finally {
            syncing = false;
        }
        showState();
    }

    /** Shows what the state holds: after a reset, a new dataset or a change made elsewhere. */
    private void showState() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            EventFilter f = state.getFilter();
            String text = highlightMode.isSelected() ? state.getHighlightText() : f.text();
            if (!text.equals(field.getText().strip())) {
                field.setText(text);
            }
            statusBoxes.forEach((s, box) -> box.setSelected(f.statuses().contains(s)));
            tagBoxes.forEach((t, box) -> box.setSelected(f.tags().contains(t)));
            statuses.setText(f.statuses().isEmpty() ? "Status" : "Status (" + f.statuses().size() + ")");
            tags.setText(f.tags().isEmpty() ? "Tags" : "Tags (" + f.tags().size() + ")");
            statuses.pseudoClassStateChanged(ACTIVE, !f.statuses().isEmpty());
            tags.pseudoClassStateChanged(ACTIVE, !f.tags().isEmpty());
        } finally {
            syncing = false;
        }
        int n = matchCount();
        String text = field.getText().strip();
        matches.setText(text.isEmpty() ? "" : n == 0 ? "No matches" : n == 1 ? "1 match" : n + " matches");
        matches.pseudoClassStateChanged(NONE, !text.isEmpty() && n == 0);
    }

    /** Events shown by the other filters that match the search text. */
    public int matchCount() {
        Dataset d = state.getDataset();
        TextSearch.Query query = TextSearch.Query.of(field.getText());
        if (d == null || query.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (TimelineEvent e : state.getFilteredEvents()) {
            if (query.matches(e, d)) {
                n++;
            }
        }
        return n;
    }

    private static <K> Set<K> checked(Map<K, CheckBox> boxes) {
        Set<K> out = new java.util.LinkedHashSet<>();
        boxes.forEach((key, box) -> {
            if (box.isSelected()) {
                out.add(key);
            }
        });
        return out;
    }

    /**
     * A check box in a menu that stays open while boxes are ticked. The arrow keys move through a menu's items,
     * not into their content, so Enter or Space on the item ticks its box (a click lands on the box itself).
     */
    private static CustomMenuItem menuItem(CheckBox box) {
        CustomMenuItem item = new CustomMenuItem(box);
        item.setHideOnClick(false);
        item.setOnAction(e -> box.setSelected(!box.isSelected()));
        return item;
    }

    private static Canvas glyph(EventStatus status) {
        Canvas c = new Canvas(14, 14);
        StatusGlyphs.draw(c.getGraphicsContext2D(), status, 7, 7, 11, Color.web("#0a5ca8"), Color.WHITE);
        return c;
    }
}
