package org.sightline.view.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.sightline.controller.ViewState;
import org.sightline.io.AtomicFileWriter;
import org.sightline.io.DatasetIdentity;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.model.ViewSpec;
import org.sightline.view.Theme;

/**
 * File → Export PNG…: what to show, size and scale, theme, title and content, with a live preview drawn
 * by the same composer at a smaller scale. Export runs in the background with progress; failures are
 * shown and the settings stay, so nothing is lost.
 */
public final class ExportDialog extends Stage {

    private static final double PREVIEW_WIDTH = 640;
    private static final double PREVIEW_HEIGHT = 400;

    /** Which time range to export. */
    public enum What {
        VISIBLE("Visible window"), EXTENT("Whole dataset"), SELECTION("Selection, with a margin");

        private final String label;

        What(String label) {
            this.label = label;
        }
    }

    private final ViewState state;
    private final Dataset dataset;
    private final ViewSpec.DatasetRef datasetRef;
    private final Consumer<ViewSpec> remember;
    private final SnapshotComposer composer = new SnapshotComposer();
    private final OffscreenRenderer renderer = new OffscreenRenderer(composer);

    private final ToggleGroup what = new ToggleGroup();
    private final ComboBox<SizePreset> size = new ComboBox<>();
    private final Spinner<Integer> customWidth = new Spinner<>(ViewSpec.MIN_LAYOUT_SIDE, ViewSpec.MAX_PIXELS_PER_SIDE, 1600, 10);
    private final Spinner<Integer> customHeight = new Spinner<>(ViewSpec.MIN_LAYOUT_SIDE, ViewSpec.MAX_PIXELS_PER_SIDE, 900, 10);
    private final ToggleGroup scale = new ToggleGroup();
    private final ComboBox<String> theme = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox footer = new CheckBox("Footer (dataset, data as of, sources)");
    private final CheckBox panels = new CheckBox("Organisation and region panels");
    private final Label pixels = new Label();
    private final TextField path = new TextField();
    private final ImageView preview = new ImageView();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export");
    private final Button copy = new Button("Copy image");
    private final PauseTransition debounce = new PauseTransition(Duration.millis(120));
    private Path chosenWithChooser;
    private ViewSpec previewSpec;
    private Task<PngExporter.Result> running;

    /**
     * @param template last settings to start from (size, theme, content), or null
     * @param remember receives the settings of each export and copy, to start from next time
     */
    public ExportDialog(Window owner, ViewState state, ViewSpec template, Consumer<ViewSpec> remember) {
        this.state = state;
        this.dataset = state.getDataset();
        this.datasetRef = DatasetIdentity.of(state.datasetSourceProperty().get(), dataset);
        this.remember = remember;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Export PNG");
        setScene(new Scene(buildContent(template)));
        getScene().getStylesheets().add(ExportDialog.class.getResource("export.css").toExternalForm());
        Theme.follow(getScene(), owner);
        getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        setOnHidden(e -> {
            if (running != null) {
                running.cancel(true);
            }
        });
        debounce.setOnFinished(e -> refreshPreview());
        refreshPreview();
    }

    private BorderPane buildContent(ViewSpec template) {
        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        int row = 0;
        VBox whatBox = new VBox();
        whatBox.getStyleClass().add("export-choices");
        for (What w : What.values()) {
            RadioButton b = new RadioButton(w.label);
            b.setUserData(w);
            b.setToggleGroup(what);
            b.setId("exportWhat" + w.name());
            whatBox.getChildren().add(b);
        }
        TimelineEvent selected = state.getSelectedEvent();
        whatBox.getChildren().get(What.SELECTION.ordinal()).setDisable(selected == null);
        whatBox.getChildren().get(What.VISIBLE.ordinal()).setDisable(state.getVisibleWindow() == null);
        what.selectToggle(what.getToggles().get(state.getVisibleWindow() != null ? 0 : 1));
        form.addRow(row++, label("Show"), whatBox);

        size.getItems().setAll(SizePreset.values());
        size.setId("exportSize");
        HBox custom = new HBox(customWidth, new Label("×"), customHeight);
        custom.getStyleClass().add("export-row");
        customWidth.setEditable(true);
        customHeight.setEditable(true);
        customWidth.setPrefWidth(100);
        customHeight.setPrefWidth(100);
        custom.visibleProperty().bind(size.valueProperty().isEqualTo(SizePreset.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        form.addRow(row++, label("Size"), new VBox(4, size, custom));

        HBox scales = new HBox();
        scales.getStyleClass().add("export-row");
        for (int s = 1; s <= 3; s++) {
            ToggleButton b = new ToggleButton(s + "×");
            b.setUserData(s);
            b.setToggleGroup(scale);
            b.setId("exportScale" + s);
            scales.getChildren().add(b);
        }
        scales.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> size.getValue() != null && size.getValue().isPrint(), size.valueProperty()));
        pixels.setId("exportPixels");
        pixels.getStyleClass().add("export-hint");
        form.addRow(row++, label("Scale"), new VBox(4, scales, pixels));

        theme.getItems().setAll("light", "dark", "print");
        theme.setId("exportTheme");
        form.addRow(row++, label("Theme"), theme);
        title.setId("exportTitle");
        title.setPromptText(dataset.title());
        form.addRow(row++, label("Title"), title);
        subtitle.setId("exportSubtitle");
        form.addRow(row++, label("Subtitle"), subtitle);
        legend.setId("exportLegend");
        footer.setId("exportFooter");
        panels.setId("exportPanels");
        form.addRow(row++, label("Include"), new VBox(4, legend, footer, panels));

        path.setId("exportPath");
        path.setPrefColumnCount(24);
        path.textProperty().addListener((obs, o, n) -> chosenWithChooser = null);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        HBox file = new HBox(path, browse);
        file.getStyleClass().add("export-row");
        form.addRow(row++, label("File"), file);

        applyTemplate(template);
        for (Observable o : new Observable[] {what.selectedToggleProperty(), size.valueProperty(),
            customWidth.valueProperty(), customHeight.valueProperty(), scale.selectedToggleProperty(),
            theme.valueProperty(), title.textProperty(), subtitle.textProperty(), legend.selectedProperty(),
            footer.selectedProperty(), panels.selectedProperty()}) {
            o.addListener(x -> debounce.playFromStart());
        }

        preview.setId("exportPreview");
        preview.setPreserveRatio(true);
        StackPane previewPane = new StackPane(preview);
        previewPane.getStyleClass().add("export-preview");
        previewPane.setMinSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);

        export.setId("exportButton");
        export.setDefaultButton(true);
        export.setOnAction(e -> exportToFile());
        copy.setId("exportCopy");
        copy.setOnAction(e -> copyToClipboard());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        ButtonBar.setButtonData(copy, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(copy, export, close);
        progress.setId("exportProgress");
        progress.setVisible(false);
        status.setId("exportStatus");
        status.getStyleClass().add("export-status");
        status.setWrapText(true);
        VBox bottom = new VBox(6, new HBox(8, progress, status), buttons);
        bottom.setPadding(new Insets(8, 12, 12, 12));

        BorderPane root = new BorderPane();
        root.getStyleClass().add("export-dialog");
        root.setLeft(previewPane);
        root.setCenter(form);
        root.setBottom(bottom);
        return root;
    }

    private void applyTemplate(ViewSpec t) {
        size.setValue(SizePreset.FULL_HD);
        scale.selectToggle(scale.getToggles().get(0));
        theme.setValue("light");
        legend.setSelected(true);
        footer.setSelected(true);
        if (t == null) {
            return;
        }
        theme.setValue(t.theme());
        legend.setSelected(t.legend());
        footer.setSelected(t.footer());
        panels.setSelected(t.panels());
        if (t.title() != null && t.dataset().name().equals(datasetRef.name())) {
            title.setText(t.title());
        }
        SizePreset match = SizePreset.CUSTOM;
        for (SizePreset p : SizePreset.values()) {
            boolean same = p.isPrint() ? p.width() == t.pixelWidth() && p.height() == t.pixelHeight()
                    : p != SizePreset.CUSTOM && Math.round(t.layoutWidth()) == p.width() && Math.round(t.layoutHeight()) == p.height();
            if (same) {
                match = p;
            }
        }
        size.setValue(match);
        if (match == SizePreset.CUSTOM) {
            customWidth.getValueFactory().setValue((int) Math.round(t.layoutWidth()));
            customHeight.getValueFactory().setValue((int) Math.round(t.layoutHeight()));
        }
        int s = (int) Math.round(t.scale());
        if (!match.isPrint() && s >= 1 && s <= 3) {
            scale.selectToggle(scale.getToggles().get(s - 1));
        }
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-label");
        return l;
    }

    /** The time range the "Show" choice stands for. */
    DateRange range() {
        What w = (What) what.getSelectedToggle().getUserData();
        TimelineEvent selected = state.getSelectedEvent();
        if (w == What.SELECTION && selected != null) {
            return DateRange.covering(TimeWindow.around(selected.startMillis(), selected.endMillis(), 0.25,
                    30 * TimeWindow.DAY));
        }
        if (w == What.VISIBLE && state.getVisibleWindow() != null) {
            return DateRange.covering(state.getVisibleWindow());
        }
        return ExportContent.defaultRange(dataset);
    }

    /** The settings as they stand: what Export writes. */
    public ViewSpec spec() {
        SizePreset preset = size.getValue();
        int pixelWidth;
        int pixelHeight;
        double s;
        if (preset.isPrint()) {
            pixelWidth = preset.width();
            pixelHeight = preset.height();
            s = SizePreset.PRINT_SCALE;
        } else {
            int w = preset == SizePreset.CUSTOM ? customWidth.getValue() : preset.width();
            int h = preset == SizePreset.CUSTOM ? customHeight.getValue() : preset.height();
            s = (Integer) scale.getSelectedToggle().getUserData();
            pixelWidth = (int) Math.round(w * s);
            pixelHeight = (int) Math.round(h * s);
        }
        return new ViewSpec(datasetRef, range(), state.getLaneGrouping(), state.getFilter(), theme.getValue(),
                pixelWidth, pixelHeight, s, title.getText(), subtitle.getText(), legend.isSelected(),
                footer.isSelected(), panels.isSelected(), state.getCollapsedLanes(), focusEvent(), state.getFirstLane());
    }

    /** The selected event's id when the image is about it ("the selected event" range), else null. */
    private String focusEvent() {
        TimelineEvent selected = state.getSelectedEvent();
        return what.getSelectedToggle().getUserData() == What.SELECTION && selected != null ? selected.id() : null;
    }

    /** The preview's settings: the same spec at a smaller scale. */
    public ViewSpec previewSpec() {
        return previewSpec;
    }

    public Image previewImage() {
        return preview.getImage();
    }

    private Optional<ViewSpec> validSpec() {
        try {
            ViewSpec spec = spec();
            pixels.setText(String.format(Locale.ROOT, "%d × %d pixels", spec.pixelWidth(), spec.pixelHeight()));
            return Optional.of(spec);
        } catch (IllegalArgumentException e) {
            pixels.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private void refreshPreview() {
        Optional<ViewSpec> spec = validSpec();
        export.setDisable(spec.isEmpty());
        copy.setDisable(spec.isEmpty());
        if (spec.isEmpty()) {
            return;
        }
        ViewSpec full = spec.get();
        double k = Math.min(PREVIEW_WIDTH / full.layoutWidth(), PREVIEW_HEIGHT / full.layoutHeight());
        previewSpec = full.withSize((int) Math.round(full.layoutWidth() * k), (int) Math.round(full.layoutHeight() * k), k);
        subtitle.setPromptText(full.range().label(Locale.getDefault()));
        preview.setImage(renderer.renderImage(content(previewSpec)));
    }

    private ExportContent content(ViewSpec spec) {
        return ExportContent.of(dataset, spec, Locale.getDefault(), System.currentTimeMillis());
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
        chooser.setInitialFileName(suggestedName());
        File f = chooser.showSaveDialog(this);
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                p = p.resolveSibling(p.getFileName() + ".png");
            }
            path.setText(p.toString());
            chosenWithChooser = p;
        }
    }

    private String suggestedName() {
        String base = datasetRef.name().replaceFirst("\\.[A-Za-z0-9]+$", "");
        return base + ".png";
    }

    /** Exports to the file in the path field, asking before replacing an existing file. */
    void exportToFile() {
        Optional<ViewSpec> spec = validSpec();
        if (spec.isEmpty() || running != null) {
            return;
        }
        if (path.getText().isBlank()) {
            browse();
            if (path.getText().isBlank()) {
                return;
            }
        }
        Path target = Path.of(path.getText().strip());
        if (Files.exists(target) && !target.equals(chosenWithChooser)) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, new ButtonType("Replace",
                    ButtonBar.ButtonData.OK_DONE));
            ask.initOwner(this);
            Theme.follow(ask.getDialogPane().getScene(), this);
            ask.setTitle("Replace file?");
            ask.setHeaderText(target.getFileName() + " already exists. Replace it?");
            ask.setContentText(target.toString());
            if (ask.showAndWait().map(b -> b.getButtonData() != ButtonBar.ButtonData.OK_DONE).orElse(true)) {
                return;
            }
        }
        ExportContent content = content(spec.get());
        remember.accept(spec.get());
        Task<PngExporter.Result> task = new Task<>() {
            @Override
            protected PngExporter.Result call() throws Exception {
                return new PngExporter(renderer).export(content, target, p -> updateProgress(p, 1));
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        export.setDisable(true);
        status.setText("Exporting " + target.getFileName() + "…");
        task.setOnSucceeded(e -> {
            PngExporter.Result r = task.getValue();
            finished(String.format(Locale.ROOT, "Saved %s (%d × %d pixels, %,d KB).", target, r.width(), r.height(),
                    (r.bytes() + 1023) / 1024) + (r.lanesLeftOut() == 0 ? ""
                    : " " + PngExporter.lanesLeftOutNote(r.lanesLeftOut())
                    + ": a larger height, folding lanes on the timeline, another grouping or a filter shows them."));
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String message = t instanceof IOException io ? AtomicFileWriter.describe(target, io)
                    : "the export of " + target + " failed: " + t.getMessage();
            finished("Not saved: " + message);
            Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\nNothing was written; your settings are kept.");
            alert.initOwner(this);
            Theme.follow(alert.getDialogPane().getScene(), this);
            alert.setHeaderText("Could not export the PNG");
            alert.show();
        });
        task.setOnCancelled(e -> finished("Export cancelled; nothing was written."));
        Thread thread = new Thread(task, "sightline-export");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished(String message) {
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        export.setDisable(false);
        status.setText(message);
    }

    /** Renders the image at its full size and puts it on the clipboard. */
    void copyToClipboard() {
        validSpec().ifPresent(spec -> {
            remember.accept(spec);
            ClipboardImages.copy(renderer.renderImage(content(spec)));
            status.setText(String.format(Locale.ROOT, "Copied a %d × %d image.", spec.pixelWidth(), spec.pixelHeight()));
        });
    }

    /** The status line under the form (for tests and users). */
    public String statusText() {
        return status.getText();
    }
}
