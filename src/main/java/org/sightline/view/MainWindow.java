package org.sightline.view;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sightline.controller.DatasetController;
import org.sightline.controller.ViewState;
import org.sightline.model.Organisation;
import org.sightline.view.timeline.TimelinePane;

/**
 * The main window's content: menu bar and search bar, side panels (organisations; regions with the
 * map), the centre (the timeline above the events table), the details pane, and the status bar. It only lays out views; the
 * actions come from {@link Actions}.
 */
public final class MainWindow extends BorderPane {

    /** What the menus do; implemented by the application, so the view holds no behaviour of its own. */
    public interface Actions {
        void open();

        void quit();

        void showShortcuts();

        void showAbout();

        /** F5: present the dataset's briefing full screen. */
        void present();

        /** Opens the speaker-notes window. */
        void showSpeakerNotes();

        /** Opens this file (a drop, a recent file). */
        default void openFile(Path file) {
        }

        /** File → Save As…: a native JSON or CSV copy. */
        default void saveAs() {
        }

        /** File → Reload: reads the current file again. */
        default void reload() {

        }

        /** File → Export PNG… */
        default void exportPng() {
        }

        /** File → Export Briefing Slides…: one PNG per briefing step and an index. */
        default void exportSlides() {
        }

        /** File → Copy image: the current view as an image on the clipboard. */
        default void copyImage() {
        }
    }

    private final SplitPane centre;
    private final EventTable table;
    private final TimelinePane timeline;
    private final MenuBar menuBar;
    private final SplitPane main;
    private final SplitPane side;
    private final TitledPane detailsPanel;
    private final VBox topBar;
    private final StackPane stack;
    private double[] savedDividers;
    private double[] savedCentreDividers;
    /** The side panels and the table as they were before presenting (which unfolds and scrolls the trees). */
    private PanelsNote panelsBeforePresenting;
    private final SearchBar searchBar;
    private final HierarchyCheckTree<Organisation> organisations;
    private final RegionPanel regions;
    private final Menu recentMenu = new Menu("Open Recent");
    private final CheckMenuItem reloadOnChange = new CheckMenuItem("Reload When the File Changes");
    private final MenuItem reloadItem;
    private final FileDrop fileDrop;
    private final VBox bottom = new VBox();

    /** The dark theme's stylesheet, added after the light ones to the window and to its dialogs. */
    public static final String DARK_STYLESHEET = MainWindow.class.getResource("dark.css").toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false) {
        @Override
        protected void invalidated() {
            applyTheme();
        }
    };

    /**
     * Motion (View → Animations, and the timeline's Animate button): the timeline's zoom and fit transitions and
     * the map's pulse, on or off together. Off from the start with {@code -Dsightline.reducedMotion=true}.
     */
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated",
            !Boolean.getBoolean(REDUCED_MOTION));

    /** The system property that starts the window with animations off. */
    public static final String REDUCED_MOTION = "sightline.reducedMotion";

    public MainWindow(ViewState state, Actions actions, LinkOpener linkOpener) {
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource("panels.css").toExternalForm());
        searchBar = new SearchBar(state);
        // Ctrl+C: a text field that has the focus copies its own selection first (and consumes the key).
        MenuItem copyEvent = item("Copy event as text", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN),
                () -> CitationClipboard.copySelected(state));
        copyEvent.setId("menuCopyEvent");
        copyEvent.disableProperty().bind(state.selectedEventProperty().isNull());
        // A dataset without events has no briefing to present or to export as slides, and one with nothing
        // dated (no events, no eras) no time range to draw an image of.
        BooleanBinding noEvents = Bindings.createBooleanBinding(
                () -> state.getDataset() == null || state.getDataset().events().isEmpty(), state.datasetProperty());
        BooleanBinding nothingDated = Bindings.createBooleanBinding(
                () -> state.getDataset() == null || state.getDataset().extent().isEmpty(), state.datasetProperty());
        menuBar = menus(actions, copyEvent, noEvents, nothingDated);
        MenuItem search = item("Search…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                searchBar::focusSearch);
        search.setId("menuSearch");
        menuBar.getMenus().get(1).getItems().add(search);
        topBar = new VBox(menuBar, searchBar);
        setTop(topBar);
        reloadItem = fileMenuItems(actions);
        fileDrop = FileDrop.install(this, actions::openFile);

        organisations = HierarchyCheckTree.organisations(state);
        regions = new RegionPanel(state);
        side = new SplitPane(titled("Organisations", EmptyNote.over(organisations,
                "This dataset names no organisations.", "organisationsEmptyNote",
                EmptyNote.noneIn(state, d -> d.organisations().size()))),
                titled("Regions", regions));
        side.setOrientation(Orientation.VERTICAL);
        side.getStyleClass().add("side-panels");
        side.setDividerPositions(0.36);

        table = new EventTable(state);
        timeline = new TimelinePane(state);
        organisations.darkProperty().bind(timeline.view().darkProperty());
        MenuItem goTo = item("Go to Date…", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN),
                timeline::focusGoTo);
        goTo.setId("menuGoTo");
        ObservableList<MenuItem> viewItems = menuBar.getMenus().get(1).getItems();
        viewItems.add(viewItems.indexOf(search) + 1, goTo);
        CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
        darkTheme.setId("menuDarkTheme");
        darkTheme.selectedProperty().bindBidirectional(dark);
        // One switch for all motion, so that turning it off for a motion-sensitive audience stops the map too.
        timeline.view().animatedProperty().bindBidirectional(animated);
        regions.map().animatedProperty().bindBidirectional(animated);
        CheckMenuItem animations = new CheckMenuItem("Animations");
        animations.setId("menuAnimations");
        animations.selectedProperty().bindBidirectional(animated);
        menuBar.getMenus().get(1).getItems().addAll(new SeparatorMenuItem(), darkTheme, animations);
        // The window's theme sets the timeline's own variant (which stays settable, as on any TimelineView).
        dark.addListener((obs, was, now) -> updateTimelineVariant());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.getStylesheets().remove(DARK_STYLESHEET);
            }
            applyTheme();
        });
        centre = new SplitPane(timeline, table);
        centre.setDividerPositions(0.64);
        centre.setOrientation(Orientation.VERTICAL);
        centre.getStyleClass().add("centre");

        DetailsPane details = new DetailsPane(state, linkOpener);
        details.darkProperty().bind(timeline.view().darkProperty());
        timeline.view().setOnShowDetails(details::focusDetails);
        details.setOnEscape(() -> timeline.view().requestFocus());
        timeline.view().setOnCopyEvent(() -> CitationClipboard.copySelected(state));
        detailsPanel = titled("Details", details);
        main = new SplitPane(side, centre, detailsPanel);
        main.setDividerPositions(0.25, 0.74);
        SplitPane.setResizableWithParent(side, false);
        stack = new StackPane(main);
        setCenter(stack);
        bottom.getChildren().add(new StatusBar(state));
        setBottom(bottom);
    }

    /** Adds Open Recent, Save As, Reload and the reload-on-change toggle to the File menu. */
    private MenuItem fileMenuItems(Actions actions) {
        Menu file = menuBar.getMenus().get(0);
        recentMenu.setId("menuRecent");
        MenuItem saveAs = item("Save As…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), actions::saveAs);
        saveAs.setId("menuSaveAs");
        MenuItem reload = item("Reload", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                actions::reload);
        reload.setId("menuReload");
        reload.setDisable(true);
        reloadOnChange.setId("menuReloadOnChange");
        file.getItems().addAll(1, List.of(recentMenu, new SeparatorMenuItem(), reload, reloadOnChange,
                new SeparatorMenuItem(), saveAs));
        recentMenu.setDisable(true);
        return reload;
    }

    /** Keeps the Open Recent menu in step with {@code files}; choosing one opens it. */
    public void showRecentFiles(ObservableList<Path> files, Actions actions) {
        Runnable rebuild = () -> {
            recentMenu.getItems().clear();
            for (Path f : files) {
                MenuItem item = new MenuItem(f.getFileName() + "  —  " + (f.getParent() == null ? "" : f.getParent()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> actions.openFile(f));
                recentMenu.getItems().add(item);
            }
            recentMenu.setDisable(files.isEmpty());
        };
        files.addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
    }

    /** Shows the loading bar of {@code datasets} above the status bar and enables Reload for files. */
    public void attachDatasets(DatasetController datasets) {
        bottom.getChildren().add(0, new LoadProgress(datasets));
        reloadItem.disableProperty().bind(datasets.currentFileProperty().isNull());
    }

    /** The "Reload When the File Changes" toggle; the application persists and acts on it. */
    public CheckMenuItem reloadOnChangeItem() {
        return reloadOnChange;
    }

    /** The handler behind drag-and-drop of a file onto the window. */
    public FileDrop fileDrop() {
        return fileDrop;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        pane.getStyleClass().add("panel");
        return pane;
    }

    private static MenuBar menus(Actions actions, MenuItem copyEvent, BooleanBinding noEvents,
                                 BooleanBinding nothingDated) {
        MenuItem open = item("Open…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), actions::open);
        open.setId("menuOpen");
        MenuItem export = item("Export PNG…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), actions::exportPng);
        export.setId("menuExport");
        export.disableProperty().bind(nothingDated);
        MenuItem exportSlides = item("Export Briefing Slides…", null, actions::exportSlides);
        exportSlides.setId("menuExportSlides");
        exportSlides.disableProperty().bind(noEvents);
        MenuItem copyImage = item("Copy image", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), actions::copyImage);
        copyImage.setId("menuCopyImage");
        copyImage.disableProperty().bind(nothingDated);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit);
        Menu file = new Menu("File", null, open, export, exportSlides, copyImage, copyEvent,
                new javafx.scene.control.SeparatorMenuItem(), quit);
        file.setId("menuFile");
        MenuItem present = item("Present briefing", new KeyCodeCombination(KeyCode.F5), actions::present);
        present.setId("menuPresent");
        present.disableProperty().bind(noEvents);
        MenuItem notes = item("Speaker notes", null, actions::showSpeakerNotes);
        Menu view = new Menu("View", null, present, notes);
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

    /** Puts the briefing layer (caption card, blank screen) over the window's content. */
    public void installPresentationLayer(PresentationLayer layer) {
        // The caption card goes over the timeline, so that the panels, which follow each step, stay in view; the
        // timeline is laid out above the card, so that no lane or event is hidden under it.
        layer.placeOver(timeline.view());
        stack.getChildren().add(layer);
    }

    /** The style class that sizes presenting type for a screen of this height. */
    public static String presentingScreenClass(double screenHeight) {
        return screenHeight >= 2000 ? "screen-huge" : screenHeight >= 1300 ? "screen-large" : "screen-medium";
    }

    /**
     * The share of a presenting screen {@code screenWidth} wide that the panels get: a quarter, but on a narrow
     * screen (a 1280 px projector) at least 340 px, so that their large type still has room for a place's name
     * three levels down.
     */
    public static double presentingPanelShare(double screenWidth) {
        return Math.max(0.24, Math.min(0.3, 340 / screenWidth));
    }

    private InvalidationListener dividersOnceSized = o -> { };
    /** The main split's width when presenting began: the window's, to which leaving it returns. */
    private double widthBeforePresenting;

    /**
     * Puts the main split's dividers at {@code positions} now, and again once the split is {@code width} wide: a
     * split keeps its side panels' width in pixels when the window changes size, and presenting goes full
     * screen after its layout is set (with {@code --present}, before the window's first layout), as leaving it
     * returns to the window's size after.
     */
    private void dividersAt(double[] positions, double width) {
        main.setDividerPositions(positions);
        main.widthProperty().removeListener(dividersOnceSized);
        dividersOnceSized = o -> {
            if (Math.abs(main.getWidth() - width) <= 1) {
                main.widthProperty().removeListener(dividersOnceSized);
                // after the layout that resized the split, which would otherwise keep the panels' old width
                Platform.runLater(() -> main.setDividerPositions(positions));
            }
        };
        if (width > 0 && Math.abs(main.getWidth() - width) > 1) {
            main.widthProperty().addListener(dividersOnceSized);
            // A window that never gets to that width (a refused full screen) must not move them on a later resize.
            InvalidationListener pending = dividersOnceSized;
            PauseTransition expiry = new PauseTransition(Duration.seconds(3));
            expiry.setOnFinished(e -> main.widthProperty().removeListener(pending));
            expiry.play();
        }
    }

    /**
     * Switches between the analyst layout and the presenting layout on a screen of this size: menus, status bar,
     * table and details give way to the timeline and the linked panels, and type grows with the screen (CSS
     * classes).
     */
    public void setPresenting(boolean presenting, double screenWidth, double screenHeight) {
        getStyleClass().removeAll("presenting", "screen-medium", "screen-large", "screen-huge");
        if (presenting) {
            panelsBeforePresenting = PanelsNote.take(organisations, regions, table, side, getScene());
            savedDividers = main.getDividerPositions();
            savedCentreDividers = centre.getDividerPositions();
            getStyleClass().add("presenting");
            getStyleClass().add(presentingScreenClass(screenHeight));
            main.getItems().remove(detailsPanel);
            centre.getItems().remove(table);
            widthBeforePresenting = main.getWidth();
            dividersAt(new double[] {presentingPanelShare(screenWidth)}, screenWidth);
        } else {
            main.widthProperty().removeListener(dividersOnceSized);
            if (!main.getItems().contains(detailsPanel)) {
                main.getItems().add(detailsPanel);
            }
            if (!centre.getItems().contains(table)) {
                centre.getItems().add(table);
                if (savedCentreDividers != null) {
                    centre.setDividerPositions(savedCentreDividers);
                }
            }
            if (savedDividers != null) {
                dividersAt(savedDividers, widthBeforePresenting);
            }
            if (panelsBeforePresenting != null) {
                panelsBeforePresenting.restore(organisations, regions, table, side);
                panelsBeforePresenting = null;
            }
        }
        updateTimelineVariant();
        timeline.setToolbarShown(!presenting);
        topBar.setVisible(!presenting);
        topBar.setManaged(!presenting);
        bottom.setVisible(!presenting);
        bottom.setManaged(!presenting);

    }

    /** The timeline with its toolbar and overview. */
    public TimelinePane timeline() {
        return timeline;
    }

    /** H while presenting: switches the high-contrast presenting theme on or off. */
    public void toggleHighContrast() {
        if (getStyleClass().contains("high-contrast")) {
            getStyleClass().remove("high-contrast");
        } else {
            getStyleClass().add("high-contrast");
        }
        updateTimelineVariant();
    }

    public EventTable table() {
        return table;
    }

    /** The dark theme (View → Dark theme): the whole window, its dialogs and the timeline. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Animations (View → Animations): the timeline's transitions and the map's pulse. */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    public boolean isAnimated() {
        return animated.get();
    }

    public void setAnimated(boolean value) {
        animated.set(value);
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    /** The timeline is dark with the window, except in the high-contrast presenting theme (black on white). */
    private void updateTimelineVariant() {
        boolean highContrast = getStyleClass().contains("presenting") && getStyleClass().contains("high-contrast");
        timeline.view().setDark(dark.get() && !highContrast);
    }

    /**
     * The dark stylesheet goes on the window (after panels.css, whose rules it overrides) and on its scene,
     * which menus and other popups take their styles from.
     */
    private void applyTheme() {
        Theme.apply(getStylesheets(), dark.get());
        if (getScene() != null) {
            Theme.apply(getScene().getStylesheets(), dark.get());
        }
    }

    /**
     * Where the panels' dividers are, for remembering between runs: the main split's two (side panels, centre,
     * details), then the side panels' one (organisations above regions) and the centre's one (timeline above
     * table). While presenting, which moves them for the time being, where they were before.
     */
    public List<Double> dividerPositions() {
        boolean presenting = getStyleClass().contains("presenting");
        double[] m = presenting ? savedDividers : main.getDividerPositions();
        double[] c = presenting ? savedCentreDividers : centre.getDividerPositions();
        return List.of(m[0], m[1], side.getDividerPositions()[0], c[0]);
    }

    /**
     * Puts the dividers where {@link #dividerPositions} found them. False, and nothing moved, when the list is
     * not one it gave (four fractions, the main split's two in order).
     */
    public boolean restoreDividerPositions(List<Double> positions) {
        if (positions.size() != 4 || !(positions.get(0) < positions.get(1))
                || positions.stream().anyMatch(d -> !(d > 0 && d < 1))) {
            return false;
        }
        main.setDividerPositions(positions.get(0), positions.get(1));
        side.setDividerPositions(positions.get(2));
        centre.setDividerPositions(positions.get(3));
        return true;
    }

    /** The horizontal split: side panels, centre, details. */
    public SplitPane mainSplit() {
        return main;
    }

    /** The vertical split on the left: organisations above regions. */
    public SplitPane side() {
        return side;
    }

    /** The vertical split in the centre; the timeline goes above the table. */
    public SplitPane centre() {
        return centre;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public SearchBar searchBar() {
        return searchBar;
    }

    public HierarchyCheckTree<Organisation> organisationTree() {
        return organisations;
    }

    public RegionPanel regionPanel() {
        return regions;
    }

    /** Shows the About box. */
    public static void about(javafx.stage.Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        Theme.follow(alert.getDialogPane().getScene(), owner);
        alert.setTitle("About Sightline");
        alert.setHeaderText("Sightline " + Version.get());
        Label body = new Label("A timeline viewer for sourced event datasets: explore, present, export.\n"
                + "Data stays on this computer; links open only when you click them.");
        body.setWrapText(true);
        alert.getDialogPane().setContent(body);
        alert.show();
    }
}
