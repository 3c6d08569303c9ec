package org.sightline.view;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.sightline.io.Problem;
import org.sightline.model.Counted;

/**
 * Lists every problem found in a file, one per line, in a read-only text area the user can select and
 * copy from (or copy whole with the Copy button).
 */
public final class ProblemsDialog extends Alert {

    public static final ButtonType COPY = new ButtonType("Copy all", ButtonBar.ButtonData.LEFT);
    public static final ButtonType IMPORT_VALID = new ButtonType("Import the valid rows", ButtonBar.ButtonData.OTHER);

    public ProblemsDialog(Window owner, String fileName, List<Problem> problems, boolean refused) {
        this(owner, fileName, problems, refused, null);
    }

    /**
     * With {@code importValidRows} (for a refused file whose format allows it), the dialog offers
     * "Import the valid rows", which closes it and runs that action.
     */
    public ProblemsDialog(Window owner, String fileName, List<Problem> problems, boolean refused,
                          Runnable importValidRows) {
        super(refused ? AlertType.ERROR : AlertType.WARNING);
        initOwner(owner);
        Theme.follow(getDialogPane().getScene(), owner);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        setTitle(refused ? "Could not open " + fileName : "Opened " + fileName + " with warnings");
        setHeaderText(refused
                ? fileName + " was not opened: " + Counted.of(errors, "error") + (warnings > 0 ? ", " + Counted.of(warnings, "warning") : "")
                        + ". The current dataset is unchanged."
                : fileName + " was opened with " + Counted.of(warnings, "warning") + skipped(problems) + ".");
        if (importValidRows != null) {
            setHeaderText(getHeaderText() + "\nImport the valid rows to open it without the rows listed as errors.");
        }
        String text = problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
        // On screen, each line names the file by its short name (the header says which file it is);
        // "Copy all" keeps the full path that editors understand.
        TextArea area = new TextArea(problems.stream()
                .map(p -> p.file().equals(fileName) ? p.format() : fileName + p.format().substring(p.file().length()))
                .collect(Collectors.joining("\n")));
        area.setId("problemsText");
        area.setEditable(false);
        area.setWrapText(true); // a long message reads on the next line, not past the dialog's edge
        area.getStyleClass().add("problems-text");
        area.setPrefColumnCount(90);
        area.setPrefRowCount(Math.min(18, Math.max(4, problems.size() + 1)));
        getDialogPane().setContent(area);
        getDialogPane().getStyleClass().add("problems-dialog");
        getDialogPane().setPrefWidth(960);
        getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        if (importValidRows != null) {
            getButtonTypes().add(1, IMPORT_VALID);
            getDialogPane().lookupButton(IMPORT_VALID).setId("importValidRows");
            setResultConverter(button -> {
                if (button == IMPORT_VALID) {
                    importValidRows.run();
                }
                return button;
            });
        }
        getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        setResizable(true);
    }

    /** ": 3 rows with errors were skipped" after a lenient import, or "". */
    private static String skipped(List<Problem> problems) {
        long n = problems.stream().map(Problem::message).filter(m -> m.startsWith("skipped "))
                .map(m -> m.substring(0, Math.max(0, m.indexOf(": ")))).distinct().count();
        return n == 0 ? "" : " (" + n + (n == 1 ? " row with errors was" : " rows with errors were") + " skipped)";
    }
}
