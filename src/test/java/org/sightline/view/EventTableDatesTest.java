package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The table's date column is wide enough for the dates the data has: times of day are not cut off. */
@ExtendWith(ApplicationExtension.class)
class EventTableDatesTest {

    private final ViewState state = new ViewState();
    private EventTable table;

    @Start
    void start(Stage stage) {
        table = new EventTable(state);
        stage.setScene(new Scene(table, 520, 300)); // narrow: the columns squeeze to their least widths
        stage.show();
    }

    private static TimelineEvent event(String id, String start) {
        return new TimelineEvent(id, "An event with a title long enough to take the room it is given", PartialDate.parse(start),
                null, null, "", List.of("o"), List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null);
    }

    @Test
    void aTimedDateIsShownWholeEvenInANarrowTable(FxRobot robot) {
        Organisation o = new Organisation("o", "O", "O", null, null, "#0072B2", null);
        Dataset timed = Dataset.builder("t").organisation(o).event(event("a", "2015-01-01T10:30Z"))
                .event(event("b", "2015-01-02T23:59Z")).build();
        robot.interact(() -> state.setDataset(timed, "t.json"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        TableColumn<?, ?> date = table.getColumns().get(0);
        int checked = 0;
        for (Object node : robot.from(table).lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            if (cell.getTableColumn() != date || cell.isEmpty() || cell.getItem() == null) {
                continue;
            }
            Text shown = (Text) cell.lookup(".text");
            String full = EventTable.dateLabel(timed.events().get(cell.getIndex()));
            assertTrue(full.contains(":"), full);
            assertTrue(shown != null && shown.getText().equals(full), "shown whole: " + (shown == null ? null
                    : shown.getText()) + " for " + full + " in a column " + date.getWidth() + " wide");
            checked++;
        }
        assertTrue(checked == 2, "both dates were on show: " + checked);
    }
}
