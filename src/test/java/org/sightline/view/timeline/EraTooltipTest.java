package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.Era;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An era's band may cut its title short; hovering the title row gives the whole title and the era's dates. */
@ExtendWith(ApplicationExtension.class)
class EraTooltipTest {

    private static final Era TERM = new Era("term", "Kihara as Defense Minister", PartialDate.parse("2023-09"),
            PartialDate.parse("2024-10-01"), null);

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = new TimelineView(state);
        view.setAnimated(false);
        view.setClock(() -> millis("2024-06-01"));
        stage.setScene(new Scene(view, 900, 360));
        stage.show();
    }

    @Test
    void anErasTooltipGivesItsWholeTitleAndItsDatesAtTheirPrecision() {
        Dataset d = Dataset.builder("t").era(TERM).build();
        TimelineFrame f = new TimelineFrame(d, d.events(), new TimeWindow(millis("2023-01-01"), millis("2025-01-01")),
                LaneGrouping.ORGANISATION, Set.of(), null, null, TimelineStyle.light(), Locale.ENGLISH, 0);
        assertEquals("Kihara as Defense Minister\nSep 2023 – 1 Oct 2024", HoverTips.describeEra(f, TERM));
    }

    @Test
    void hoveringAnErasTitleRowShowsItsTooltipAndLeavingItHidesIt(FxRobot robot) {
        Dataset d = TestData.orgTree().era(TERM)
                .event(TestData.event("e", "2022-06-01", null, EventStatus.OCCURRED, "a")).build();
        robot.interact(() -> {
            state.setDataset(d, "test");
            state.setVisibleWindow(new TimeWindow(millis("2023-01-01"), millis("2025-01-01")));
        });
        double[] at = new double[3];
        robot.interact(() -> {
            TimelineSkin skin = (TimelineSkin) view.getSkin();
            at[0] = skin.xOf(millis("2024-03-01"));
            at[1] = skin.eraRowMiddle();
            at[2] = skin.xOf(millis("2023-03-01"));
        });
        robot.moveTo(view.localToScreen(at[0], at[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kihara as Defense Minister\nSep 2023 – 1 Oct 2024", tooltip(robot));
        // The same row before the era began: nothing to explain.
        robot.moveTo(view.localToScreen(at[2], at[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(tooltip(robot));
    }

    private String tooltip(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = ((TimelineSkin) view.getSkin()).tooltipText());
        return text[0];
    }

    private static long millis(String day) {
        return PartialDate.parse(day).startMillis();
    }
}
