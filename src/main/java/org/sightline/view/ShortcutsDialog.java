package org.sightline.view;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: the one keyboard map of the application. */
public final class ShortcutsDialog extends Alert {

    /** Keys and what they do, in the order the product notes give them. */
    static final String[][] SHORTCUTS = {
        {"Ctrl+O", "Open a dataset"},
        {"Ctrl+Shift+S", "Save as native JSON or CSV"},
        {"Ctrl+R", "Reload the current file"},
        {"Ctrl+E", "Export PNG"},
        {"Ctrl+Shift+C", "Copy the image"},
        {"Ctrl+C", "Copy the selected event as text, with its sources"},
        {"Ctrl+F", "Search"},
        {"Ctrl+G", "Go to a date or a range (2022, 2023-09, 2021..2023)"},
        {"+ / −", "Zoom in / out"},
        {"F or Home", "Zoom to fit the events on view (those a filter leaves)"},
        {"← / →", "Pan the timeline"},
        {"Ctrl+← / Ctrl+→", "Previous / next event in time order"},
        {"↑ / ↓", "Scroll the lanes when they do not all fit"},
        {"C / Shift+C", "Fold or unfold the selected event's lane / the lane above it"},
        {"Enter", "Show the selected event's details (Esc there: back to the timeline)"},
        {"Shift+F10, menu key", "The menu of what is selected or focused (right-click: what is under the pointer)"},
        {"Esc", "Clear the selection"},
        {"Tab / Shift+Tab", "Next / previous panel"},
        {"Space (trees)", "Tick or untick the selected row: show only its events"},
        {"+ / − / arrows / 0 (map)", "Zoom, pan or reset the map"},
        {"Space or Enter (Status, Tags)", "Tick the item the arrow keys are on"},
        {"F5", "Present the briefing: → Space PgDn next, ← PgUp previous, Home/End, number+Enter, B blank, H contrast, Esc leave"},
        {"F1", "This list"},
        {"Ctrl+Q", "Quit"},
    };

    public ShortcutsDialog(Window owner) {
        super(AlertType.INFORMATION);
        initOwner(owner);
        Theme.follow(getDialogPane().getScene(), owner);
        setTitle("Keyboard shortcuts");
        setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label keys = new Label(SHORTCUTS[i][0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.add(keys, 0, i);
            grid.add(new Label(SHORTCUTS[i][1]), 1, i);
        }
        getDialogPane().setContent(grid);
    }
}
