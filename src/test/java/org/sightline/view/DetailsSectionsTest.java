package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An event without organisations, places or sources (as imported from a bare timeline) in the details. */
@ExtendWith(ApplicationExtension.class)
class DetailsSectionsTest {

    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DetailsPane(state, url -> { }), 400, 500));
        stage.show();
    }

    @Test
    void noEmptyHeadingsAndAnEventWithoutSourcesSaysSo(FxRobot robot) {
        TimelineEvent bare = new TimelineEvent("b", "A bare event", PartialDate.parse("2020-01-02"), null, null, "",
                List.of(), List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null);
        Dataset d = Dataset.builder("t").event(bare).build();
        robot.interact(() -> {
            state.setDataset(d, "t.json");
            state.setSelectedEvent(bare);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> headings = robot.lookup(".details-section").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertFalse(headings.contains("Organisations"), headings::toString);
        assertFalse(headings.contains("Regions"), headings::toString);
        assertTrue(headings.contains("Sources"), headings::toString);
        assertEquals("No sources cited for this event.", robot.lookup("#detailsNoSources").queryAs(Label.class).getText());
    }
}
