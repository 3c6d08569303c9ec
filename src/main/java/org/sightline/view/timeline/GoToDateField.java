package org.sightline.view.timeline;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sightline.model.DateRange;
import org.sightline.model.InvalidDateException;
import org.sightline.model.TimeWindow;

/**
 * The toolbar's "Go to" field: type a year, a month or a day ("2022", "2023-09", "2023-09-25") or a range
 * ("2021..2023") and Enter shows exactly that period on the timeline. What is not a date, or a period with no
 * data in it, is said under the field, and the timeline stays where it was.
 */
final class GoToDateField extends TextField {

    static final String HELP = "Go to a year, a month or a day (2022, 2023-09, 2023-09-25) or a range (2021..2023),"
            + " then Enter (Ctrl+G)";

    private final TimelineView view;
    private final Tooltip help = new Tooltip(HELP);
    private final Tooltip problem = new Tooltip();

    GoToDateField(TimelineView view) {
        this.view = view;
        setId("timelineGoTo");
        getStyleClass().add("go-to-date");
        setPromptText("Go to date");
        setPrefColumnCount(7);
        setTooltip(help);
        problem.getStyleClass().add("go-to-problem");
        // The message's popup would take the first Esc to hide itself; it is the field's, which gives the keys
        // back to the timeline (and the message goes as the field loses the focus).
        problem.setHideOnEscape(false);
        setOnAction(e -> go());
        textProperty().addListener(o -> clearProblem());
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                clearProblem();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                view.requestFocus();
            }
        });
    }

    /** Shows the typed period, or says why it cannot. */
    void go() {
        DateRange range;
        try {
            range = DateRange.parse(getText());
        } catch (InvalidDateException e) {
            String m = e.getMessage();
            showProblem(m.startsWith("\"") ? m : "\"" + getText().strip() + "\" " + m);
            return;
        }
        TimeWindow period = range.window();
        Optional<TimeWindow> extent = view.state().getDataset() == null ? Optional.empty()
                : view.state().getDataset().extent();
        if (extent.isEmpty() || !extent.get().intersects(period.startMillis(), period.endMillis())) {
            showProblem("No events in " + range.label(view.localeProperty().get())
                    + extent.map(x -> ": the data runs " + DateRange.covering(x).label(view.localeProperty().get()))
                            .orElse(""));
            return;
        }
        view.showPeriod(period);
        selectAll();
        view.requestFocus();
    }

    /** The problem with the last Enter, or null (for tests). */
    String problemText() {
        return getStyleClass().contains("invalid") ? problem.getText() : null;
    }

    private void showProblem(String text) {
        if (!getStyleClass().contains("invalid")) {
            getStyleClass().add("invalid");
        }
        problem.setText(text);
        setTooltip(problem);
        Bounds b = localToScreen(getBoundsInLocal());
        if (b != null && getScene() != null && getScene().getWindow() != null) {
            problem.show(this, b.getMinX(), b.getMaxY() + 2);
        }
    }

    private void clearProblem() {
        getStyleClass().remove("invalid");
        problem.hide();
        setTooltip(help);
    }
}
