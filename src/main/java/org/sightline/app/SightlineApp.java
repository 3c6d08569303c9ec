package org.sightline.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sightline.controller.DatasetController;
import org.sightline.controller.DatasetLoader;
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
    private FileSupport fileSupport;

    @Override
    public void start(Stage primaryStage) {
        show(primaryStage, startupDataset);
    }

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
        fileSupport = new FileSupport(stage, datasets, window, actions);
        Scene scene = new Scene(window, 1440, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("sightline.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.getDataset() == null ? "Sightline" : state.getDataset().title() + " — Sightline",
                state.datasetProperty()));
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

    public MainWindow window() {
        return window;
    }

    /** Open Recent, reload, reload-on-change and Save As (for tests). */
    public FileSupport fileSupport() {
        return fileSupport;
    }

    private void showProblems(DatasetController.FileProblems fp) {
        String name = fp.file().getFileName() == null ? fp.file().toString() : fp.file().getFileName().toString();
        Runnable importValid = fp.canImportValidRows() ? () -> datasets.open(fp.file(), true) : null;
        new ProblemsDialog(stage, name, fp.problems(), fp.refused(), importValid).show();
    }

    private void openLink(String url) {
        if (Links.isWebLink(url)) {
            getHostServices().showDocument(url);
        }
    }

    @Override
    public void stop() {
        if (fileSupport != null) {
            fileSupport.close();
        }
        background.shutdownNow();
    }

    private final class WindowActions implements MainWindow.Actions {
        @Override
        public void open() {
            fileSupport.chooseAndOpen();
        }

        @Override
        public void openFile(Path file) {
            datasets.open(file);
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
    }
}
