package org.sightline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sightline.controller.ViewRestorer;
import org.sightline.controller.ViewState;
import org.sightline.model.ViewSpec;
import org.sightline.view.Theme;
import org.sightline.view.export.BriefingSlidesDialog;
import org.sightline.view.export.ClipboardImages;
import org.sightline.view.export.ExportDialog;

/**
 * The application's export wiring: the Export PNG dialog, Copy image, and restoring the view embedded in
 * a PNG opened with File → Open or dropped on the window. Remembers the last export settings.
 */
public final class ExportActions {

    static final FileChooser.ExtensionFilter PNG_FILTER =
            new FileChooser.ExtensionFilter("Sightline snapshots (*.png)", "*.png");

    private final ViewState state;
    private final Supplier<Stage> stage;
    private final Executor background;
    private final ViewRestorer restorer;
    private ViewSpec lastSettings;
    private ExportDialog dialog;
    private BriefingSlidesDialog slidesDialog;
    private Path lastSlidesFolder;

    ExportActions(ViewState state, Supplier<Stage> stage, Executor background) {
        this.state = state;
        this.stage = stage;
        this.background = background;
        this.restorer = new ViewRestorer(state);
    }

    static boolean isPng(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    /** Opens the export dialog (one at a time). */
    public ExportDialog showDialog() {
        if (state.getDataset() == null) {
            return null;
        }
        if (dialog != null && dialog.isShowing()) {
            dialog.toFront();
            return dialog;
        }
        dialog = new ExportDialog(stage.get(), state, lastSettings, s -> lastSettings = s);
        dialog.show();
        return dialog;
    }

    /** Opens the briefing-slides dialog (one at a time), starting in the folder used last. */
    public BriefingSlidesDialog showSlidesDialog() {
        if (state.getDataset() == null || state.getDataset().defaultBriefing().steps().isEmpty()) {
            return null;
        }
        if (slidesDialog != null && slidesDialog.isShowing()) {
            slidesDialog.toFront();
            return slidesDialog;
        }
        slidesDialog = new BriefingSlidesDialog(stage.get(), state, lastSlidesFolder);
        slidesDialog.setOnHidden(e -> lastSlidesFolder = slidesDialog.folder());
        slidesDialog.show();
        return slidesDialog;
    }

    public void copyImage() {
        lastMessage = ClipboardImages.copyCurrentView(state, lastSettings);
    }

    /**
     * Restores the view embedded in {@code png}: reads it in the background, applies it on the FX thread.
     * A view that cannot be restored, or was restored with a caveat, is explained in a message box.
     */
    public Task<ViewRestorer.Plan> restore(Path png) {
        String source = state.datasetSourceProperty().get();
        var current = state.getDataset();
        Task<ViewRestorer.Plan> prepare = new Task<>() {
            @Override
            protected ViewRestorer.Plan call() {
                return restorer.prepare(png, source, current);
            }
        };
        prepare.setOnSucceeded(e -> {
            ViewRestorer.Plan plan = prepare.getValue();
            String message = restorer.apply(plan);
            lastMessage = message;
            if (plan.canApply()) {
                lastSettings = plan.spec();
            }
            if (!plan.canApply() || message.contains("Note:") || message.contains("dropped")) {
                Alert alert = new Alert(plan.canApply() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, message);
                alert.initOwner(stage.get());
                Theme.follow(alert.getDialogPane().getScene(), stage.get());
                alert.setHeaderText(plan.canApply() ? "View restored from " + png.getFileName()
                        : "Could not restore the view of " + png.getFileName());
                alert.show();
            }
        });
        background.execute(prepare);
        return prepare;
    }

    private volatile String lastMessage;

    /** What the last restore or copy said. */
    public String lastMessage() {
        return lastMessage;
    }
}
