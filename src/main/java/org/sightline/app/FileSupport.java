package org.sightline.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sightline.controller.AppPreferences;
import org.sightline.controller.DatasetController;
import org.sightline.controller.FileWatcher;
import org.sightline.controller.RecentFiles;
import org.sightline.io.DatasetFiles;
import org.sightline.io.DatasetFormat;
import org.sightline.io.FileErrors;
import org.sightline.view.MainWindow;
import org.sightline.view.Theme;

/**
 * The file side of the window: Open and Save As dialogs, the persisted recent files, and reloading the
 * current file when it changes on disk (when the user asked for it).
 */
public final class FileSupport implements AutoCloseable {

    static final String RELOAD_ON_CHANGE = "reload-on-change";
    static final long DEBOUNCE_MILLIS = 400;

    private static final FileChooser.ExtensionFilter ALL_DATASETS = new FileChooser.ExtensionFilter(
            "All Sightline can open (datasets, TimelineJS, vis-timeline, exported PNGs)", "*.json", "*.csv", "*.png");
    private static final FileChooser.ExtensionFilter NATIVE_JSON = new FileChooser.ExtensionFilter(
            "Sightline dataset, JSON (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter NATIVE_CSV = new FileChooser.ExtensionFilter(
            "Sightline dataset, CSV (*.csv)", "*.csv");

    private final Stage stage;
    private final DatasetController datasets;
    private final Preferences preferences = AppPreferences.root();
    private final RecentFiles recent = new RecentFiles(preferences);
    private final MainWindow window;
    private final MainWindow.Actions actions;
    private FileWatcher watcher;
    private Path lastFolder;

    FileSupport(Stage stage, DatasetController datasets, MainWindow window, MainWindow.Actions actions) {
        this.stage = stage;
        this.datasets = datasets;
        this.window = window;
        this.actions = actions;
        window.showRecentFiles(recent.files(), actions);
        window.attachDatasets(datasets);
        datasets.setOnOpened(file -> {
            recent.add(file);
            lastFolder = file.toAbsolutePath().getParent();
        });
        window.reloadOnChangeItem().setSelected(preferences.getBoolean(RELOAD_ON_CHANGE, false));
        window.reloadOnChangeItem().selectedProperty().addListener((obs, old, now) -> {
            preferences.putBoolean(RELOAD_ON_CHANGE, now);
            watch();
        });
        datasets.currentFileProperty().addListener((obs, old, now) -> watch());
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** True while the current file is watched for changes. */
    public boolean isWatching() {
        return watcher != null;
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().addAll(ALL_DATASETS,
                new FileChooser.ExtensionFilter("Sightline datasets (*.json, *.csv)", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("TimelineJS (JSON, or the spreadsheet saved as CSV)", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("vis-timeline (*.json)", "*.json"),
                ExportActions.PNG_FILTER,
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            actions.openFile(file.toPath());
        }
    }

    /**
     * The name Save As offers: the open file's, but for a file imported from another format (TimelineJS,
     * vis-timeline) a name of its own, so that one click does not replace the original with a native copy.
     */
    static String suggestedSaveName(Path current, DatasetFormat format) {
        if (current == null) {
            return "dataset.json";
        }
        boolean imported = format != null && !format.isNative();
        return baseName(current) + (imported ? "-sightline" : "") + ".json";
    }

    /** Save As: the dialog itself asks before replacing an existing file; the write is atomic. */
    void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save dataset as");
        chooser.getExtensionFilters().addAll(NATIVE_JSON, NATIVE_CSV);
        Path current = datasets.getCurrentFile();
        Path folder = current != null ? current.toAbsolutePath().getParent() : lastFolder;
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedSaveName(current, datasets.getCurrentFormat()));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        DatasetFormat format = chooser.getSelectedExtensionFilter() == NATIVE_CSV
                || DatasetFiles.nativeFormatFor(target) == DatasetFormat.NATIVE_CSV
                ? DatasetFormat.NATIVE_CSV : DatasetFormat.NATIVE_JSON;
        int briefings = datasets.state().getDataset() == null ? 0 : datasets.state().getDataset().briefings().size();
        if (format == DatasetFormat.NATIVE_CSV && briefings > 0) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The CSV format keeps events, organisations, regions"
                    + " and eras, but not briefings. Save as JSON to keep the " + briefings + " briefing"
                    + (briefings == 1 ? "" : "s") + ".", javafx.scene.control.ButtonType.OK,
                    javafx.scene.control.ButtonType.CANCEL);
            ask.initOwner(stage);
            Theme.follow(ask.getDialogPane().getScene(), stage);
            ask.setHeaderText("Save without briefings?");
            if (ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) != javafx.scene.control.ButtonType.OK) {
                return;
            }
        }
        save(target, format);
    }

    /** Writes the current dataset to {@code target}; a failure is shown, the file left as it was. */
    public void save(Path target, DatasetFormat format) {
        datasets.saveAs(target, format, error -> {
            if (error != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, error);
                alert.initOwner(stage);
                Theme.follow(alert.getDialogPane().getScene(), stage);
                alert.setHeaderText("The dataset was not saved");
                alert.show();
            }
        });
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private void watch() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        Path file = datasets.getCurrentFile();
        if (file == null || !window.reloadOnChangeItem().isSelected()) {
            return;
        }
        try {
            watcher = FileWatcher.watch(file, DEBOUNCE_MILLIS, () -> Platform.runLater(() -> {
                if (file.equals(datasets.getCurrentFile())) {
                    datasets.reload();
                }
            }));
        } catch (IOException e) {
            window.reloadOnChangeItem().setSelected(false);
            Alert alert = new Alert(Alert.AlertType.WARNING, "Sightline cannot watch " + file + " for changes: "
                    + FileErrors.reason(e) + ". Use File → Reload (Ctrl+R) instead.");
            alert.initOwner(stage);
            Theme.follow(alert.getDialogPane().getScene(), stage);
            alert.show();
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
