package org.sightline.view.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sightline.controller.ViewState;
import org.sightline.io.AtomicFileWriter;
import org.sightline.io.DatasetIdentity;
import org.sightline.model.Briefing;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.ViewSpec;
import org.sightline.view.Theme;

/**
 * File → Export Briefing Slides…: a folder, a size and a theme, then one PNG per step of the dataset's
 * briefing and an index, written in the background with progress. On failure the message says why and
 * the settings stay; finished slides are whole and existing files are never half-replaced.
 */
public final class BriefingSlidesDialog extends Stage {

    /** Slides are laid out at 1920 wide; bigger presets scale up so type stays readable. */
    private static final double LAYOUT_WIDTH = 1920;

    private final ViewState state;
    private final Dataset dataset;
    private final Briefing briefing;
    private final TextField folder = new TextField();
    private final ComboBox<SizePreset> size = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final CheckBox panels = new CheckBox("Organisation and region panels (show the step's highlights)");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export slides");
    private Task<BriefingSlides.Result> running;

    public BriefingSlidesDialog(Window owner, ViewState state, Path initialFolder) {
        this.state = state;
        this.dataset = state.getDataset();
        this.briefing = dataset.defaultBriefing();
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Export Briefing Slides");
        setScene(new Scene(content(initialFolder)));
        getScene().getStylesheets().add(BriefingSlidesDialog.class.getResource("export.css").toExternalForm());
        Theme.follow(getScene(), owner);
        getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            if (running != null) {
                running.cancel(true);
            }
        });
    }

    private BorderPane content(Path initialFolder) {
        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        Label about = new Label("\"" + briefing.title() + "\": " + briefing.steps().size() + " steps, written as "
                + BriefingSlides.fileName(1, briefing.steps().size()) + " … and " + BriefingSlides.INDEX + ".");
        about.setWrapText(true);
        about.setMaxWidth(560);
        form.add(about, 0, 0, 2, 1);
        folder.setId("slidesFolder");
        folder.setPrefColumnCount(32);
        folder.setText(initialFolder == null ? "" : initialFolder.toString());
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(folder, choose);
        folderRow.getStyleClass().add("export-row");
        HBox.setHgrow(folder, Priority.ALWAYS);
        form.addRow(1, label("Folder"), folderRow);
        size.getItems().setAll(List.of(SizePreset.FULL_HD, SizePreset.UHD, SizePreset.A4, SizePreset.LETTER));
        size.setValue(SizePreset.FULL_HD);
        size.setId("slidesSize");
        form.addRow(2, label("Size"), size);
        theme.getItems().setAll("light", "dark", "print");
        theme.setValue("light");
        theme.setId("slidesTheme");
        form.addRow(3, label("Theme"), theme);
        panels.setSelected(true);
        panels.setId("slidesPanels");
        form.add(panels, 1, 4);

        export.setId("slidesExport");
        export.setDefaultButton(true);
        export.disableProperty().bind(folder.textProperty().isEmpty());
        export.setOnAction(e -> start());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(export, close);
        progress.setId("slidesProgress");
        progress.setVisible(false);
        status.setId("slidesStatus");
        status.getStyleClass().add("export-status");
        status.setWrapText(true);
        status.setMaxWidth(520);
        VBox bottom = new VBox(6, new HBox(8, progress, status), buttons);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        BorderPane root = new BorderPane(form);
        root.getStyleClass().add("export-dialog");
        root.setBottom(bottom);
        return root;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-label");
        return l;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the slides");
        Path current = folder.getText().isBlank() ? null : Path.of(folder.getText());
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(this);
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }

    /** The settings as a template for every slide. */
    ViewSpec template() {
        SizePreset preset = size.getValue();
        double scale = preset.isPrint() ? SizePreset.PRINT_SCALE : preset.width() / LAYOUT_WIDTH;
        ViewSpec.DatasetRef ref = DatasetIdentity.of(state.datasetSourceProperty().get(), dataset);
        return new ViewSpec(ref, DateRange.covering(briefing.steps().get(0).window(dataset)),
                state.getLaneGrouping(), EventFilter.NONE, theme.getValue(), preset.width(), preset.height(), scale,
                null, null, true, true, panels.isSelected(), state.getCollapsedLanes());
    }

    /** Writes the slides in the background; the result or the failure is shown in the status line. */
    public Task<BriefingSlides.Result> start() {
        if (running != null || folder.getText().isBlank()) {
            return running;
        }
        Path target;
        try {
            target = Path.of(folder.getText().strip());
        } catch (java.nio.file.InvalidPathException e) {
            status.setText("\"" + folder.getText().strip() + "\" is not a folder path: " + e.getReason());
            return null;
        }
        BriefingSlides slides = new BriefingSlides(dataset, briefing, template(), Locale.getDefault(),
                System.currentTimeMillis());
        Task<BriefingSlides.Result> task = new Task<>() {
            @Override
            protected BriefingSlides.Result call() throws Exception {
                return slides.write(target, new PngExporter(), p -> updateProgress(p, 1));
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        export.disableProperty().unbind();
        export.setDisable(true);
        status.setText("Writing " + slides.size() + " slides to " + target + "…");
        task.setOnSucceeded(e -> finished(String.format(Locale.ROOT, "Wrote %d slides (%d × %d pixels) and %s to %s%s.",
                task.getValue().slides().size(), task.getValue().width(), task.getValue().height(),
                BriefingSlides.INDEX, target, task.getValue().removedNote())));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String why = t instanceof IOException io ? AtomicFileWriter.describe(target, io)
                    : "the export to " + target + " failed: " + t.getMessage();
            finished("Slides not written: " + why + ". Slides already finished are whole (any others in the folder"
                    + " are from an earlier export); your settings are kept.");
        });
        task.setOnCancelled(e -> finished("Cancelled; slides already finished are whole."));
        Thread thread = new Thread(task, "sightline-slides");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private void finished(String message) {
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        export.disableProperty().bind(folder.textProperty().isEmpty());
        status.setText(message);
    }

    /** The folder typed or chosen, or null. */
    public Path folder() {
        try {
            return folder.getText().isBlank() ? null : Path.of(folder.getText().strip());
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** What the status line says (for tests and the app). */
    public String statusText() {
        return status.getText();
    }
}
