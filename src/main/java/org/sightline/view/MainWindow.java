package org.sightline.view;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import org.sightline.controller.ViewState;
import org.sightline.model.Organisation;
import org.sightline.model.Region;
import org.sightline.view.timeline.TimelinePane;

/**
 * The main window's content: menu bar, side panels (organisations, regions), the centre (the timeline
 * above the events table) and the details pane, and the status bar. It only lays out views; the
 * actions come from {@link Actions}.
 */
public final class MainWindow extends BorderPane {

    /** What the menus do; implemented by the application, so the view holds no behaviour of its own. */
    public interface Actions {
        void open();

        void quit();

        void showShortcuts();

        void showAbout();
    }

    private final SplitPane centre;
    private final EventTable table;
    private final TimelinePane timeline;
    private final MenuBar menuBar;

    public MainWindow(ViewState state, Actions actions, LinkOpener linkOpener) {
        getStyleClass().add("main-window");
        menuBar = menus(actions);
        setTop(menuBar);

        HierarchyPanel<Organisation> organisations = new HierarchyPanel<>(state, d -> d.organisations(),
                e -> e.organisationIds(), o -> o.abbreviation() == null ? o.name() : o.abbreviation() + " — " + o.name());
        organisations.setId("organisationPanel");
        HierarchyPanel<Region> regions = new HierarchyPanel<>(state, d -> d.regions(), e -> e.regionIds(),
                Region::name);
        regions.setId("regionPanel");
        VBox side = new VBox(titled("Organisations", organisations), titled("Regions", regions));
        side.getStyleClass().add("side-panels");
        VBox.setVgrow(side.getChildren().get(0), Priority.ALWAYS);
        VBox.setVgrow(side.getChildren().get(1), Priority.ALWAYS);

        table = new EventTable(state);
        timeline = new TimelinePane(state);
        centre = new SplitPane(timeline, table);
        centre.setDividerPositions(0.64);
        centre.setOrientation(Orientation.VERTICAL);
        centre.getStyleClass().add("centre");

        DetailsPane details = new DetailsPane(state, linkOpener);
        timeline.view().setOnShowDetails(details::requestFocus);
        SplitPane main = new SplitPane(side, centre, titled("Details", details));
        main.setDividerPositions(0.2, 0.76);
        SplitPane.setResizableWithParent(side, false);
        setCenter(main);
        setBottom(new StatusBar(state));
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        pane.getStyleClass().add("panel");
        return pane;
    }

    private static MenuBar menus(Actions actions) {
        MenuItem open = item("Open…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), actions::open);
        open.setId("menuOpen");
        MenuItem export = item("Export PNG…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> { });
        export.setId("menuExport");
        export.setDisable(true);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit);
        Menu file = new Menu("File", null, open, export, new javafx.scene.control.SeparatorMenuItem(), quit);
        file.setId("menuFile");
        Menu view = new Menu("View");
        view.setId("menuView");
        MenuItem shortcuts = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), actions::showShortcuts);
        MenuItem about = item("About Sightline", null, actions::showAbout);
        Menu help = new Menu("Help", null, shortcuts, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The timeline with its toolbar and overview. */
    public TimelinePane timeline() {
        return timeline;
    }

    public EventTable table() {
        return table;
    }

    /** The vertical split in the centre; the timeline goes above the table. */
    public SplitPane centre() {
        return centre;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    /** Shows the About box. */
    public static void about(javafx.stage.Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Sightline");
        alert.setHeaderText("Sightline " + Version.get());
        Label body = new Label("A timeline viewer for sourced event datasets: explore, present, export.\n"
                + "Data stays on this computer; links open only when you click them.");
        body.setWrapText(true);
        alert.getDialogPane().setContent(body);
        alert.show();
    }
}
