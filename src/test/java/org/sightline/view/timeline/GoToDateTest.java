package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's "Go to" field shows the typed period, and says what it cannot show. */
@ExtendWith(ApplicationExtension.class)
class GoToDateTest {

    private ViewState state;
    private TimelinePane pane;
    private GoToDateField field;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        pane = new TimelinePane(state);
        pane.view().setAnimated(false);
        pane.view().setClock(() -> 0);
        pane.view().localeProperty().set(Locale.UK);
        stage.setScene(new Scene(pane, 1000, 420));
        stage.show();
        state.setDataset(TestData.orgTree()
                .event(TestData.event("first", "2019-12-20", null, EventStatus.ESTABLISHED, "a"))
                .event(TestData.event("last", "2024-12-04", null, EventStatus.ESTABLISHED, "z")).build(), "test");
        field = (GoToDateField) pane.lookup("#timelineGoTo");
    }

    private void go(FxRobot robot, String text) {
        robot.interact(() -> {
            pane.focusGoTo();
            field.setText(text);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TimeWindow period(String from, String to) {
        return new TimeWindow(PartialDate.parse(from).startMillis(), PartialDate.parse(to).endMillis());
    }

    private void assertShows(TimeWindow period) {
        TimeWindow w = state.getVisibleWindow();
        assertTrue(w.startMillis() <= period.startMillis() && w.endMillis() >= period.endMillis(),
                w + " covers " + period);
        assertTrue(w.duration() <= period.duration() * 1.05, "and little more: " + w);
    }

    @Test
    void aYearTypedAndEnterShowsThatWholeYearAndGivesTheKeysBackToTheTimeline(FxRobot robot) {
        go(robot, "2022");
        assertShows(period("2022", "2022"));
        assertNull(field.problemText());
        assertTrue(pane.view().isFocused(), "arrows pan the period at once");
    }

    @Test
    void aMonthOrARangeIsShownAtItsOwnPrecision(FxRobot robot) {
        go(robot, "2023-09");
        assertShows(period("2023-09", "2023-09"));
        go(robot, "2021-2023");
        assertShows(period("2021", "2023"));
    }

    @Test
    void whatIsNotADateIsSaidAndTheTimelineStays(FxRobot robot) {
        TimeWindow before = state.getVisibleWindow();
        go(robot, "2023-13");
        assertEquals("\"2023-13\" is not a date: month 13 is not between 01 and 12", field.problemText());
        assertTrue(field.getStyleClass().contains("invalid"));
        assertEquals(before, state.getVisibleWindow());
        robot.interact(field::end);
        robot.type(KeyCode.BACK_SPACE);
        assertEquals("2023-1", field.getText());
        assertNull(field.problemText(), "typing again clears the problem");
    }

    @Test
    void aPeriodWithNoDataSaysWhereTheDataIs(FxRobot robot) {
        TimeWindow before = state.getVisibleWindow();
        go(robot, "2040");
        assertEquals("No events in 2040: the data runs 20 Dec 2019 – 4 Dec 2024", field.problemText());
        assertEquals(before, state.getVisibleWindow());
    }

    @Test
    void oneEscAfterAProblemGivesTheKeysBackToTheTimeline(FxRobot robot) {
        go(robot, "2040");
        assertTrue(field.problemText() != null);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.view().isFocused(), "the first Esc, not a second one");
        assertNull(field.problemText(), "and the message goes with it");
    }
}
