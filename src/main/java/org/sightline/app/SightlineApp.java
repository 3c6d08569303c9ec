package org.sightline.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sightline.controller.DatasetController;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledDataset;
import org.sightline.io.DatasetFiles;
import org.sightline.io.Links;
import org.sightline.io.LoadResult;
import org.sightline.view.MainWindow;
import org.sightline.view.ProblemsDialog;
import org.sightline.view.ShortcutsDialog;

/** The JavaFX application: builds the shared state, the controllers and the main window. */
public final class SightlineApp extends Application {

    /** Set by {@link Launcher} before launch: the dataset given with {@code --dataset}, or null. */
    static volatile Path startupDataset;

    private final ViewState state = new ViewState();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sightline-loader");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private MainWindow window;
    private DatasetController datasets;
    private final ExportActions exports = new ExportActions(state, () -> stage, background);

    @Override
    public void start(Stage primaryStage) {
        show(primaryStage, startupDataset);
    }

    /** Builds the window on {@code primaryStage} with the bundled dataset, then opens {@code dataset} if given. */
    public void show(Stage primaryStage, Path dataset) {
        this.stage = primaryStage;
        datasets = new DatasetController(state, DatasetFiles::read, background, this::showProblems);
        window = new MainWindow(state, new WindowActions(), this::openLink);
        Scene scene = new Scene(window, 1440, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("sightline.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.getDataset() == null ? "Sightline" : state.getDataset().title() + " — Sightline",
                state.datasetProperty()));
        exports.installDrop(scene);
        LoadResult bundled = BundledDataset.load();
        datasets.apply(Path.of(BundledDataset.NAME), bundled);
        stage.show();
        if (dataset != null) {
            datasets.open(dataset);
        }
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

    private void showProblems(DatasetController.FileProblems fp) {
        String name = fp.file().getFileName() == null ? fp.file().toString() : fp.file().getFileName().toString();
        new ProblemsDialog(stage, name, fp.problems(), fp.refused()).show();
    }

    private void openLink(String url) {
        if (Links.isWebLink(url)) {
            getHostServices().showDocument(url);
        }
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    private final class WindowActions implements MainWindow.Actions {
        @Override
        public void open() {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open dataset");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Sightline datasets (*.json)", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            chooser.getExtensionFilters().add(1, ExportActions.PNG_FILTER);
            java.io.File file = chooser.showOpenDialog(stage);
            if (file != null && ExportActions.isPng(file.toPath())) {
                exports.restore(file.toPath());
            } else if (file != null) {
                datasets.open(file.toPath());
            }
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
        public void exportPng() {
            exports.showDialog();
        }

        @Override
        public void copyImage() {
            exports.copyImage();
        }
    }
}
