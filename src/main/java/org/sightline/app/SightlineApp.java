package org.sightline.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.util.Duration;
import org.sightline.controller.BriefingController;
import org.sightline.controller.DatasetController;
import org.sightline.controller.DatasetLoader;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledDataset;
import org.sightline.io.DatasetFiles;
import org.sightline.io.LoadResult;
import org.sightline.model.Dataset;
import org.sightline.view.MainWindow;
import org.sightline.view.PresentationKeys;
import org.sightline.view.PresentationLayer;
import org.sightline.view.SpeakerNotesWindow;
import org.sightline.view.ProblemsDialog;
import org.sightline.view.ShortcutsDialog;
import org.sightline.view.timeline.TimelineView;

/** The JavaFX application: builds the shared state, the controllers and the main window. */
public final class SightlineApp extends Application {

    private static final String STYLESHEET = MainWindow.class.getResource("sightline.css").toExternalForm();

    /** Set by {@link Launcher} before launch: the dataset given with {@code --dataset}, or null. */
    static volatile Path startupDataset;
    /** Set by {@link Launcher}: start presenting the briefing at once ({@code --present}). */
    static volatile boolean startupPresent;

    private final ViewState state = new ViewState();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sightline-loader");
        t.setDaemon(true);
        return t;
    });
    /** Waits for the browser launcher's exit status, which may come only when the browser closes. */
    private final ExecutorService linkWaiter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sightline-link");
        t.setDaemon(true);
        return t;
    });
    private BrowserLauncher browser;
    /** The problems dialog on show, and the file it reports refused (null for a report of warnings). */
    private ProblemsDialog problemsShown;
    private String refusedFile;
    private Stage stage;
    private MainWindow window;
    private DatasetController datasets;
    private BriefingController briefings;
    private SpeakerNotesWindow speakerNotes;
    /** The presenter's keys: in the window and in the speaker notes (a clicker works in either). */
    private PresentationKeys presenterKeys;
    private boolean wasMaximized;
    /** The bundled dataset as read at start-up, which the warm-up presents (read once, not again). */
    private Dataset bundledDataset;
    private FileSupport fileSupport;
    private WindowMemory windowMemory;
    private final ExportActions exports = new ExportActions(state, () -> stage, background);

    @Override
    public void start(Stage primaryStage) {
        show(primaryStage, startupDataset);
        if (startupPresent) {
            if (startupDataset == null) {
                new WindowActions().present();
            } else {
                presentOnceOpened(startupDataset);
            }
        }
        if (Warmup.enabled()) {
            // After the window's first frames: draw a made-up timeline and present the bundled briefing
            // offscreen, one frame per pulse.
            PauseTransition later = new PauseTransition(Duration.millis(500));
            later.setOnFinished(e -> Warmup.start(Math.min(1920, stage.getWidth()), Math.min(1200, stage.getHeight()),
                    bundledDataset, stage.getScene(), () -> briefings.isPresenting() || datasets.loadingProperty().get()));
            later.play();
        }
    }

    /**
     * Presents {@code file}'s briefing once the file is open and shown (a file that fails to open shows its
     * problems instead, and nothing is presented).
     */
    private void presentOnceOpened(Path file) {
        datasets.currentFileProperty().addListener(new ChangeListener<Path>() {
            @Override
            public void changed(ObservableValue<? extends Path> obs, Path old, Path now) {
                if (file.equals(now)) {
                    obs.removeListener(this);
                    new WindowActions().present();
                }
            }
        });
    }

    /** Preference key: the dark theme is on. */
    static final String DARK_THEME = "darkTheme";
    /** Preference key: animations are on (View → Animations). */
    static final String ANIMATIONS = "animations";

    /** Builds the window on {@code primaryStage} with the bundled dataset, then opens {@code dataset} if given. */
    public void show(Stage primaryStage, Path dataset) {
        this.stage = primaryStage;
        datasets = new DatasetController(state, new DatasetLoader() {
            @Override
            public LoadResult load(Path file) {
                return DatasetFiles.read(file);
            }

            @Override
            public LoadResult load(Path file, boolean lenient) {
                return DatasetFiles.read(file, null, lenient);
            }
        }, background, this::showProblems);
        WindowActions actions = new WindowActions();
        window = new MainWindow(state, actions, this::openLink);
        state.datasetProperty().addListener((obs, old, now) -> closeStaleProblems());
        fileSupport = new FileSupport(stage, datasets, window, actions);
        // The theme the user chose last time (View → Dark theme).
        java.util.prefs.Preferences preferences = org.sightline.controller.AppPreferences.root();
        window.setDark(preferences.getBoolean(DARK_THEME, false));
        window.darkProperty().addListener((obs, old, now) -> preferences.putBoolean(DARK_THEME, now));
        // And whether things move (View → Animations); -Dsightline.reducedMotion=true always starts without.
        window.setAnimated(window.isAnimated() && preferences.getBoolean(ANIMATIONS, true));
        window.animatedProperty().addListener((obs, old, now) -> preferences.putBoolean(ANIMATIONS, now));
        briefings = new BriefingController(state);
        PresentationLayer layer = new PresentationLayer(briefings);
        window.installPresentationLayer(layer);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1600, screen.getWidth() * 0.92), Math.min(1000, screen.getHeight() * 0.92));
        scene.getStylesheets().add(STYLESHEET);
        presenterKeys = new PresentationKeys(briefings, layer, briefings::stop, window::toggleHighContrast);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, presenterKeys);
        briefings.presentingProperty().addListener((obs, old, now) -> presentingChanged(now));
        frameStepsForTheirLabels(window.timeline().view());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setScene(scene);
        windowMemory = new WindowMemory(stage, window, preferences);
        windowMemory.restore(Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), System.err::println);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.getDataset() == null ? "Sightline" : state.getDataset().title() + " — Sightline",
                state.datasetProperty()));
        LoadResult bundled = BundledDataset.load();
        bundledDataset = bundled.datasetIfValid().orElse(null);
        datasets.apply(Path.of(BundledDataset.NAME), bundled);
        stage.show();
        if (dataset != null) {
            datasets.open(dataset);
        }
    }

    /**
     * A step's window is moved so that its event's whole title fits, as the timeline draws it. Presenting type
     * and full screen take effect a frame or more after a briefing starts (full screen is asynchronous on some
     * desktops), so the step is framed again once the timeline has been drawn at its new type or width.
     */
    private void frameStepsForTheirLabels(TimelineView timeline) {
        briefings.setFraming(timeline::windowShowingLabel);
        Runnable again = () -> {
            if (!reframePending) { // one at a time, however many width changes a resize brings
                reframePending = true;
                afterNextFrame(() -> {
                    reframePending = false;
                    briefings.reframe();
                });
            }
        };
        briefings.presentingProperty().addListener((obs, old, now) -> {
            if (now) {
                again.run();
            }
        });
        timeline.widthProperty().addListener((obs, old, now) -> {
            if (briefings.isPresenting()) {
                again.run();
            }
        });
    }

    /** A step is to be framed again after the next frame (see {@link #frameStepsForTheirLabels}). */
    private boolean reframePending;

    /** Runs {@code action} at the start of the pulse after the next one, when the next one has been drawn. */
    private static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    private void presentingChanged(boolean presenting) {
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getBounds();
        window.setPresenting(presenting, screen.getWidth(), screen.getHeight());
        if (presenting) {
            wasMaximized = stage.isMaximized();
            stage.setFullScreen(true);
            if (Screen.getScreens().size() > 1) {
                speakerNotes().showBesidePresentation();
            }
        } else {
            stage.setFullScreen(false);
            stage.setMaximized(wasMaximized);
        }
    }

    private SpeakerNotesWindow speakerNotes() {
        if (speakerNotes == null) {
            speakerNotes = new SpeakerNotesWindow(stage, briefings, STYLESHEET, presenterKeys,
                    () -> new WindowActions().present());
        }
        return speakerNotes;
    }

    /** The speaker notes window, made when first asked for (View → Speaker notes, or presenting with two screens). */
    public SpeakerNotesWindow speakerNotesWindow() {
        return speakerNotes();
    }

    public BriefingController briefings() {
        return briefings;
    }

    public ViewState state() {
        return state;
    }

    public DatasetController datasets() {
        return datasets;
    }

    /** PNG export, copy image and restoring views from PNGs. */
    public ExportActions exports() {
        return exports;
    }

    public MainWindow window() {
        return window;
    }

    /** Open Recent, reload, reload-on-change and Save As (for tests). */
    public FileSupport fileSupport() {
        return fileSupport;
    }

    /**
     * Shows what was wrong with a file, in one dialog at a time: a newer report replaces the one on show (a
     * file saved broken twice while it is watched), and a refusal's dialog closes once that file opens.
     */
    private void showProblems(DatasetController.FileProblems fp) {
        String name = fp.file().getFileName() == null ? fp.file().toString() : fp.file().getFileName().toString();
        Runnable importValid = fp.canImportValidRows() ? () -> datasets.open(fp.file(), true) : null;
        if (problemsShown != null) {
            problemsShown.close();
        }
        ProblemsDialog dialog = new ProblemsDialog(stage, name, fp.problems(), fp.refused(), importValid);
        problemsShown = dialog;
        refusedFile = fp.refused() ? fp.file().toString() : null;
        dialog.setOnHidden(e -> {
            if (problemsShown == dialog) {
                problemsShown = null;
                refusedFile = null;
            }
        });
        dialog.show();
    }

    /** A refusal's report is stale once the file it refused opens. */
    private void closeStaleProblems() {
        if (problemsShown != null && refusedFile != null && refusedFile.equals(state.datasetSourceProperty().get())) {
            problemsShown.close();
        }
    }

    private void openLink(String url) {
        if (browser == null) {
            browser = new BrowserLauncher(BrowserLauncher.commandFor(System.getProperty("os.name")),
                    getHostServices()::showDocument, linkWaiter,
                    failedUrl -> Platform.runLater(() -> noBrowser(failedUrl)));
        }
        browser.open(url);
    }

    /** No browser took the link: it goes to the clipboard, and the user is told so. */
    private void noBrowser(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Link not opened");
        alert.setHeaderText("No web browser could open the link");
        alert.setContentText(url + "\n\nThe link is on the clipboard: paste it into a browser.");
        alert.getDialogPane().setId("noBrowserDialog");
        alert.show();
    }

    @Override
    public void stop() {
        rememberWindow();
        if (fileSupport != null) {
            fileSupport.close();
        }
        background.shutdownNow();
        linkWaiter.shutdownNow();
    }

    /** Remembers where the window is, how big, and its dividers, for the next run (done when the app stops). */
    void rememberWindow() {
        if (windowMemory != null) {
            windowMemory.save();
        }
    }

    private final class WindowActions implements MainWindow.Actions {
        @Override
        public void open() {
            fileSupport.chooseAndOpen();
        }

        @Override
        public void openFile(Path file) {
            if (ExportActions.isPng(file)) {
                exports.restore(file);
            } else {
                datasets.open(file);
            }
        }

        @Override
        public void saveAs() {
            fileSupport.chooseAndSave();
        }

        @Override
        public void reload() {
            datasets.reload();
        }

        @Override
        public void quit() {
            Platform.exit();
        }

        @Override
        public void showShortcuts() {
            new ShortcutsDialog(stage).show();
        }

        @Override
        public void showAbout() {
            MainWindow.about(stage);
        }

        @Override
        public void present() {
            if (state.getDataset() != null && !state.getDataset().events().isEmpty()) {
                briefings.start(state.getDataset().defaultBriefing());
            }
        }

        @Override
        public void showSpeakerNotes() {
            speakerNotes().showBesidePresentation();

        }

        @Override
        public void exportPng() {
            exports.showDialog();
        }

        @Override
        public void exportSlides() {
            exports.showSlidesDialog();
        }

        @Override
        public void copyImage() {
            exports.copyImage();
        }
    }
}
