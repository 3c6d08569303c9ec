package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Dataset;
import org.sightline.model.Era;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An event's label lies on its own ground: the grid lines and the today line stop short of its letters, and an
 * era it crosses keeps its colour under it. What the drawing shows, read back from its pixels.
 */
@ExtendWith(ApplicationExtension.class)
class LabelGroundTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 160;
    private static final Era TERM = new Era("term", "Kihara's term as Defense Minister", PartialDate.parse("2024-04"),
            PartialDate.parse("2024-05"), null);

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void gridLinesAndTodayStopAtALabelAndAnEraKeepsItsColourUnderIt(FxRobot robot) {
        TimelineEvent meeting = new TimelineEvent("m", "Kihara and Saltzman meet in Tokyo to discuss space cooperation",
                PartialDate.parse("2024-02-01"), null, null, "", List.of("a"), List.of(), EventStatus.OCCURRED,
                null, List.of(), List.of(), null);
        Dataset d = TestData.orgTree().event(meeting).era(TERM).build();
        TimelineFrame frame = new TimelineFrame(d, d.events(), new TimeWindow(day(2024, 1, 1), day(2024, 9, 1)),
                LaneGrouping.ORGANISATION, Set.of(), null, null, TimelineStyle.light(), Locale.ENGLISH,
                day(2024, 3, 15)); // today, under the label
        TimelineRenderer renderer = new TimelineRenderer();
        WritableImage shot = TestData.render(robot, renderer, frame, WIDTH, HEIGHT);
        PixelReader pixels = shot.getPixelReader();
        TimelineLayout layout = renderer.layout();
        TimeScale ts = layout.scale();
        int item = layout.itemOf(0);
        double y = layout.itemY(item);
        int labelFrom = (int) Math.ceil(layout.itemLabelX(item));
        int labelTo = (int) Math.floor(layout.itemLabelX(item) + layout.itemLabelWidth(item));
        int eraFrom = (int) Math.ceil(ts.x(TERM.start().startMillis())) + 1;
        int eraTo = (int) Math.floor(ts.x(TERM.end().endMillis())) - 1;
        assertTrue(labelFrom < eraFrom && eraTo < labelTo, "the label crosses the whole era");

        // Above the label, the lane shows its grid lines; in the label's ground, above its letters, none.
        // The ground is the label's whole row; the lane's padding lies above it.
        int above = (int) Math.floor(y - TimelineLayout.ROW / 2) - 2;
        int ground = (int) Math.round(y - TimelineLayout.ROW / 2 + 1);
        Color lane = commonest(pixels, above, labelFrom, eraFrom - 2);
        Color era = commonest(pixels, above, eraFrom + 1, eraTo - 1);
        assertNotEquals(lane, era, "the era is drawn in a colour of its own");
        int lines = 0;
        for (int x = labelFrom; x <= labelTo; x++) {
            if (nearEraEdge(x, eraFrom, eraTo)) {
                continue;
            }
            boolean inEra = x >= eraFrom && x <= eraTo;
            Color plain = inEra ? era : lane;
            if (!pixels.getColor(x, above).equals(plain)) {
                lines++;
            }
            assertEquals(plain, pixels.getColor(x, ground), "x " + x + ": the label's ground, "
                    + (inEra ? "the era's colour" : "the lane's"));
        }
        assertTrue(lines >= 5, "grid lines cross the lane above the label (" + lines + " columns)");
        int today = (int) Math.floor(ts.x(day(2024, 3, 15)));
        assertTrue(PixelCounts.near(pixels, TimelineStyle.light().todayLine(), today - 1, today + 2, above, above) >= 1,
                "the today line crosses the lane above the label");

        // The era's title (cut with an ellipsis to its era) lies on a ground of its own in the row above the lanes.
        double rowTop = layout.top() - TimelineRenderer.ERA_ROW;
        int titleFrom = eraFrom + 3;
        int titleTo = eraTo - (int) TimelineRenderer.PAD - 3;
        Color title = commonest(pixels, (int) rowTop + 2, titleFrom, titleTo);
        int titleLines = 0;
        for (int x = titleFrom; x <= titleTo; x++) {
            if (!pixels.getColor(x, (int) layout.top() - 1).equals(title)) { // the row under its ground
                titleLines++;
            }
            assertEquals(title, pixels.getColor(x, (int) rowTop + 2), "x " + x + ": the era title's ground");
        }
        assertTrue(titleLines >= 1, "a grid line crosses the row under the era title's ground");
    }

    /** The colour most pixels of row {@code y} from {@code x1} to {@code x2} have. */
    private static Color commonest(PixelReader pixels, int y, int x1, int x2) {
        java.util.Map<Color, Integer> counts = new java.util.HashMap<>();
        for (int x = x1; x <= x2; x++) {
            counts.merge(pixels.getColor(x, y), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static boolean nearEraEdge(int x, int eraFrom, int eraTo) {
        return Math.abs(x - (eraFrom - 1)) <= 1 || Math.abs(x - (eraTo + 1)) <= 1;
    }
}
