package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import java.util.Locale;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The "Today" label sits in the axis, beside where the today line starts: readable, and clear of the
 * counts at the foot of the lanes (where it used to cover them, or be covered by them).
 */
@ExtendWith(ApplicationExtension.class)
class TodayLabelTest {

    private static final int WIDTH = 700;
    private static final int HEIGHT = 200;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theTodayLabelIsInTheAxisAndLeavesTheLanesCountsAlone(FxRobot robot) {
        // Two lanes so crowded around "now" that both overflow into a strip of counts at their foot,
        // where the label goes.
        Dataset.Builder b = TestData.orgTree();
        for (int i = 0; i < 120; i++) {
            String date = String.format(Locale.ROOT, "2024-06-%02d", 1 + i % 28);
            b.event(TestData.event("e" + i, date, null, EventStatus.OCCURRED, i % 2 == 0 ? "a" : "z"));
        }
        Dataset d = b.build();
        long now = day(2024, 6, 14) + TimeWindow.DAY / 2;
        TimelineFrame frame = new TimelineFrame(d, d.events(), new TimeWindow(day(2024, 5, 20), day(2024, 7, 10)),
                LaneGrouping.ORGANISATION, Set.of(), null, null, TimelineStyle.light(), Locale.ENGLISH, now);
        TimelineRenderer renderer = new TimelineRenderer();
        WritableImage shot = TestData.render(robot, renderer, frame, WIDTH, HEIGHT);
        TimelineLayout layout = renderer.layout();
        double px = layout.scale().x(now);
        double labelY = HEIGHT - 8;
        boolean covered = false;
        for (int c = 0; c < layout.clusterCount(); c++) {
            covered |= layout.clusterIsOverflow(c) && layout.clusterX1(c) <= px + 6 && layout.clusterX2(c) >= px + 6
                    && layout.clusterY1(c) <= labelY && layout.clusterY2(c) >= labelY;
        }
        assertTrue(covered, "the scene has an overflow count where the label goes");

        PixelReader pixels = shot.getPixelReader();
        Color today = TimelineStyle.light().todayLine();
        // In the axis's upper row, just right of the line: the label's first letters in its colour.
        double axisRow = TimelineRenderer.AXIS_ROW / 2;
        int inAxis = PixelCounts.near(pixels, today, px + 3, px + 14, axisRow - 5, axisRow + 5);
        assertTrue(inAxis >= 6, "pixels of the label's 'To' in the axis: " + inAxis);
        // At the foot of the lanes, right of the line, the overflow count is left as it is: nothing there
        // in the label's colour.
        int atFoot = PixelCounts.near(pixels, today, px + 2, px + 30, labelY - 5, labelY + 5);
        assertTrue(atFoot == 0, "pixels in the label's colour over the count at the foot: " + atFoot);
    }
}
