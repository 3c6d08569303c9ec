package org.sightline.controller;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.sightline.io.LoadResult;
import org.sightline.io.Problem;

/**
 * Opens dataset files off the FX thread. A dataset with errors is refused: the problems go to the
 * problem handler and the current dataset stays. Warnings go with a successful load.
 */
public final class DatasetController {

    private final ViewState state;
    private final DatasetLoader loader;
    private final Executor executor;
    private final Consumer<FileProblems> problemHandler;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    /** Problems found in one file, and whether it was refused because of them. */
    public record FileProblems(Path file, List<Problem> problems, boolean refused) {
    }

    public DatasetController(ViewState state, DatasetLoader loader, Executor executor,
                             Consumer<FileProblems> problemHandler) {
        this.state = state;
        this.loader = loader;
        this.executor = executor;
        this.problemHandler = problemHandler;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Loads {@code file} in the background and, when it is valid, makes it the current dataset. */
    public Task<LoadResult> open(Path file) {
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                return loader.load(file);
            }
        };
        task.setOnSucceeded(e -> apply(file, task.getValue()));
        task.setOnFailed(e -> {
            loading.set(false);
            Throwable t = task.getException();
            problemHandler.accept(new FileProblems(file, List.of(Problem.error(file.toString(), 0, 0, "",
                    "could not be opened: " + t)), true));
        });
        loading.set(true);
        executor.execute(task);
        return task;
    }

    /** Applies a finished load on the FX thread. */
    public void apply(Path file, LoadResult result) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> apply(file, result));
            return;
        }
        loading.set(false);
        if (result.dataset() == null) {
            problemHandler.accept(new FileProblems(file, result.problems(), true));
            return;
        }
        state.setDataset(result.dataset(), file.toString());
        if (!result.problems().isEmpty()) {
            problemHandler.accept(new FileProblems(file, result.problems(), false));
        }
    }
}
