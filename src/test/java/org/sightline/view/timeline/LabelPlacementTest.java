package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An event near the plot's right edge has its label drawn whole before its marker, instead of cut to "…" (or
 * left out) by the edge: what the drawing shows, read back from its pixels.
 */
@ExtendWith(ApplicationExtension.class)
class LabelPlacementTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 160;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aLabelTheRightEdgeWouldCutIsDrawnWholeBeforeItsMarker(FxRobot robot) {
        TimelineEvent late = new TimelineEvent("late", "U.S. Space Forces Japan activated at Yokota Air Base",
                PartialDate.parse("2024-12-04"), null, null, "", List.of("a"), List.of(), EventStatus.ESTABLISHED,
                null, List.of(), List.of(), null);
        Dataset d = TestData.orgTree().event(late).build();
        TimelineFrame frame = new TimelineFrame(d, d.events(), new TimeWindow(day(2024, 1, 1), day(2025, 1, 1)),
                LaneGrouping.ORGANISATION, Set.of(), null, null, TimelineStyle.light(), Locale.ENGLISH,
                day(2020, 1, 1));
        TimelineRenderer renderer = new TimelineRenderer();
        WritableImage shot = TestData.render(robot, renderer, frame, WIDTH, HEIGHT);
        TimelineLayout layout = renderer.layout();
        int item = layout.itemOf(0);
        assertTrue(layout.itemLabelBefore(item));
        double labelWidth = layout.itemLabelWidth(item);
        assertTrue(layout.itemCx(item) + 5.5 + TimelineLayout.LABEL_GAP + labelWidth > layout.scale().x1(),
                "the label would not fit after the marker");

        PixelReader pixels = shot.getPixelReader();
        Color ink = TimelineStyle.light().ink();
        double y = layout.itemY(item);
        double labelX = layout.itemLabelX(item);
        double markerLeft = layout.itemCx(item) - TimelineLayout.MARKER_SIZE / 2;
        // The text runs from the label's start to the gap before the marker: ink in its first and last tenth
        // (a label cut with "…" would have stopped early; one left out would have no ink at all).
        assertTrue(PixelCounts.near(pixels, ink, labelX, labelX + labelWidth / 10, y - 6, y + 6) >= 8,
                "ink where it starts");
        assertTrue(PixelCounts.near(pixels, ink, labelX + labelWidth * 0.9, markerLeft - 1, y - 6, y + 6) >= 8,
                "ink where it ends, before the marker");
        assertEquals(0, PixelCounts.near(pixels, ink, markerLeft + TimelineLayout.MARKER_SIZE + 1, WIDTH, y - 6,
                y + 6), "nothing of it after the marker");
        assertEquals(0, PixelCounts.near(pixels, ink, layout.scale().x0() + 1, labelX - 2, y - 6, y + 6),
                "nor before it");
    }

    @Test
    void aWindowFramedForALongTitleLaysItOutWholeAfterItsMarker(FxRobot robot) {
        // A briefing step's event a third of the way across a narrow plot, its title too long for the rest.
        TimelineEvent step = new TimelineEvent("step", "Nakatani-Austin meeting in Darwin confirms December launch of "
                + "the Japan unit", PartialDate.parse("2024-11-17"), null, null, "", List.of("a"), List.of(),
                EventStatus.ANNOUNCED, null, List.of(), List.of(), null);
        Dataset d = TestData.orgTree().event(step).build();
        long start = step.startMillis();
        TimeWindow centred = new TimeWindow(start - 84 * TimeWindow.DAY, start + 156 * TimeWindow.DAY);
        TimelineRenderer renderer = new TimelineRenderer();
        TimeWindow[] framed = new TimeWindow[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(800, HEIGHT);
            renderer.render(canvas.getGraphicsContext2D(), 0, 0, 800, HEIGHT, 1, frame(d, centred));
            TimelineLayout layout = renderer.layout();
            int item = layout.itemOf(0);
            assertTrue(layout.itemLabelX(item) + layout.itemLabelWidth(item) > layout.scale().x1(),
                    "as given, the plot's right edge cuts the title");
            framed[0] = LabelRoom.keepingLabelInView(start, renderer.labelReach(step, Locale.ENGLISH),
                    2 * TimelineLayout.LABEL_GAP, centred, renderer.plotWidth());
            renderer.render(canvas.getGraphicsContext2D(), 0, 0, 800, HEIGHT, 1, frame(d, framed[0]));
        });
        assertEquals(centred.duration(), framed[0].duration());
        TimelineLayout layout = renderer.layout();
        int item = layout.itemOf(0);
        assertTrue(!layout.itemLabelBefore(item), "after its marker");
        assertTrue(layout.itemLabelX(item) + layout.itemLabelWidth(item) <= layout.scale().x1(),
                "framed, the title ends inside the plot");
        assertTrue(layout.itemCx(item) > layout.scale().x0(), "and the event is still in view");
    }

    private static TimelineFrame frame(Dataset d, TimeWindow window) {
        return new TimelineFrame(d, d.events(), window, LaneGrouping.ORGANISATION, Set.of(), null, null,
                TimelineStyle.light(), Locale.ENGLISH, day(2020, 1, 1));
    }
}
