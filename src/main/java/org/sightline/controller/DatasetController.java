package org.sightline.controller;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.sightline.io.AtomicFileWriter;
import org.sightline.io.DatasetFiles;
import org.sightline.io.DatasetFormat;
import org.sightline.io.LoadResult;
import org.sightline.io.Problem;
import org.sightline.model.Dataset;
import org.sightline.model.TimeWindow;

/**
 * Opens dataset files off the FX thread. A dataset with errors is refused: the problems go to the
 * problem handler and the current dataset stays until a new one is ready. Warnings go with a
 * successful load. Also reloads the current file and saves native copies in the background.
 */
public final class DatasetController {

    private final ViewState state;
    private final DatasetLoader loader;
    private final Executor executor;
    private final Consumer<FileProblems> problemHandler;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Task<LoadResult>> currentLoad = new ReadOnlyObjectWrapper<>(this, "currentLoad");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private DatasetFormat currentFormat;
    private boolean currentLenient;
    private Consumer<Path> onOpened = p -> { };

    /**
     * Problems found in one file, whether it was refused because of them, and whether importing only
     * its valid rows is possible (then {@link #open(Path, boolean)} with {@code lenient} does it).
     */
    public record FileProblems(Path file, List<Problem> problems, boolean refused, boolean canImportValidRows) {
        public FileProblems(Path file, List<Problem> problems, boolean refused) {
            this(file, problems, refused, false);
        }
    }

    public DatasetController(ViewState state, DatasetLoader loader, Executor executor,
                             Consumer<FileProblems> problemHandler) {
        this.state = state;
        this.loader = loader;
        this.executor = executor;
        this.problemHandler = problemHandler;
    }

    /** The state this controller loads datasets into. */
    public ViewState state() {
        return state;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The load in progress, or null; views show its progress and may cancel it. */
    public ReadOnlyObjectProperty<Task<LoadResult>> currentLoadProperty() {
        return currentLoad.getReadOnlyProperty();
    }

    /** The format the current dataset was read in (null when none was read from a file). */
    public DatasetFormat getCurrentFormat() {
        return currentFormat;
    }

    /** The file the current dataset came from, or null for the bundled dataset. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    public Path getCurrentFile() {
        return currentFile.get();
    }

    /** Called on the FX thread with each file that was opened successfully (for the recent files). */
    public void setOnOpened(Consumer<Path> value) {
        onOpened = value == null ? p -> { } : value;
    }

    /** Loads {@code file} in the background and, when it is valid, makes it the current dataset. */
    public Task<LoadResult> open(Path file) {
        return open(file, false);
    }

    /**
     * Loads {@code file} in the background; with {@code lenient}, rows with errors are skipped where
     * the format allows it. A load still running is cancelled first.
     */
    public Task<LoadResult> open(Path file, boolean lenient) {
        Task<LoadResult> previous = currentLoad.get();
        if (previous != null) {
            previous.cancel();
        }
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                updateMessage("Opening " + name(file) + "…");
                updateProgress(-1, 1);
                return loader.load(file, lenient);
            }
        };
        task.setOnSucceeded(e -> {
            applyLoaded(file, task.getValue(), true, lenient);
            finished(task); // only now, so that whoever waits for the load finds its data in place
        });
        task.setOnCancelled(e -> finished(task));
        task.setOnFailed(e -> {
            finished(task);
            Throwable t = task.getException();
            problemHandler.accept(new FileProblems(file, List.of(Problem.error(file.toString(), 0, 0, "",
                    "could not be opened: " + t)), true));
        });
        loading.set(true);
        currentLoad.set(task);
        executor.execute(task);
        return task;
    }

    private void finished(Task<LoadResult> task) {
        if (currentLoad.get() == task) {
            currentLoad.set(null);
            loading.set(false);
        }
    }

    /** Reads the current file again (as leniently as it was opened); false when there is no file. */
    public boolean reload() {
        Path file = currentFile.get();
        if (file == null) {
            return false;
        }
        open(file, currentLenient);
        return true;
    }

    /**
     * Applies a result that did not come from a file the user opened (the bundled dataset): there is
     * then nothing to reload and nothing to add to the recent files.
     */
    public void apply(Path file, LoadResult result) {
        applyLoaded(file, result, false, false);
    }

    private void applyLoaded(Path file, LoadResult result, boolean isFile, boolean lenient) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> applyLoaded(file, result, isFile, lenient));
            return;
        }
        if (currentLoad.get() == null) {
            loading.set(false);
        }
        if (result.dataset() == null) {
            problemHandler.accept(new FileProblems(file, result.problems(), true, result.canImportValidRows()));
            return;
        }
        // A reload of the file on view (File → Reload, or the file changed) keeps the selected event, by its id,
        // and the time window: ids are stable, so the same file gives the same ids.
        boolean reload = isFile && file.equals(currentFile.get());
        String selectedId = reload && state.getSelectedEvent() != null ? state.getSelectedEvent().id() : null;
        TimeWindow window = reload ? state.getVisibleWindow() : null;
        state.setDataset(result.dataset(), file.toString());
        if (window != null) {
            state.setVisibleWindow(window);
        }
        if (selectedId != null) {
            result.dataset().event(selectedId).ifPresent(state::setSelectedEvent);
        }
        currentFile.set(isFile ? file : null);
        currentFormat = result.format();
        currentLenient = lenient;
        if (isFile) {
            onOpened.accept(file);
        }
        if (!result.problems().isEmpty()) {
            problemHandler.accept(new FileProblems(file, result.problems(), false));
        }
    }

    /**
     * Saves the current dataset as a native file in the background, atomically. {@code onDone} gets
     * null on success or a message saying what went wrong, on the FX thread.
     */
    public Task<Void> saveAs(Path file, DatasetFormat format, Consumer<String> onDone) {
        Dataset dataset = state.getDataset();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                DatasetFiles.write(dataset, file, format);
                return null;
            }
        };
        task.setOnSucceeded(e -> onDone.accept(null));
        task.setOnFailed(e -> onDone.accept(task.getException() instanceof IOException io
                ? AtomicFileWriter.describe(file, io)
                : "could not save " + file + ": " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
