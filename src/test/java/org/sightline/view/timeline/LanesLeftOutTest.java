package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import java.util.Locale;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
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
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole drawing (an export, a slide) of more lanes than its rectangle holds draws the lanes that fit whole,
 * says how many it left out, and draws nothing outside its rectangle: the legend and footer under it stay clean.
 */
@ExtendWith(ApplicationExtension.class)
class LanesLeftOutTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 300;
    /** Below the drawing's rectangle, a colour that nothing in the timeline uses. */
    private static final Color UNDER = Color.rgb(255, 0, 255);
    private static final int UNDER_HEIGHT = 120;

    /** {@code d} by organisation from 20 February to 20 March 2020, with {@code selected} (or none) selected. */
    private static TimelineFrame frame(Dataset d, TimelineEvent selected) {
        return new TimelineFrame(d, d.events(), new TimeWindow(day(2020, 2, 20), day(2020, 3, 20)),
                LaneGrouping.ORGANISATION, Set.of(), selected, null, TimelineStyle.light(), Locale.ENGLISH, 0);
    }

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void lanesThatDoNotFitWholeAreLeftOutSaidSoAndNothingIsDrawnBelowTheRectangle(FxRobot robot) {
        // Crowded enough for a strip of counts at each lane's foot.
        Dataset d = TestData.oneLaneEach(20, 12, (lane, k) -> String.format(Locale.ROOT, "2020-03-%02d", 1 + k));
        TimelineFrame frame = frame(d, null);
        TimelineRenderer renderer = new TimelineRenderer();
        WritableImage[] shot = new WritableImage[1];
        int[] leftOut = new int[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT + UNDER_HEIGHT);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(UNDER);
            gc.fillRect(0, HEIGHT, WIDTH, UNDER_HEIGHT);
            leftOut[0] = renderer.lanesLeftOut(frame, 0, 0, WIDTH, HEIGHT, 1);
            renderer.render(gc, 0, 0, WIDTH, HEIGHT, 1, frame);
            shot[0] = canvas.snapshot(null, null);
        });
        TimelineLayout layout = renderer.layout();
        int drawn = 20 - leftOut[0];
        assertTrue(leftOut[0] > 0 && drawn > 0, "some lanes fit and some do not: " + leftOut[0] + " left out");
        assertTrue(layout.laneTop(drawn - 1) + layout.laneHeight(drawn - 1) <= HEIGHT, "the last lane drawn is whole");
        PixelReader pixels = shot[0].getPixelReader();
        assertEquals((long) WIDTH * UNDER_HEIGHT, PixelCounts.near(pixels, UNDER, 0, WIDTH, HEIGHT, HEIGHT + UNDER_HEIGHT - 1),
                "every pixel under the rectangle keeps its colour");
        // The line that says so, under the last lane drawn: muted ink where the lanes' bands would be.
        double lineY = layout.laneTop(drawn - 1) + layout.laneHeight(drawn - 1) + TimelineStyle.light().fontSize();
        int ink = PixelCounts.near(pixels, TimelineStyle.light().mutedInk(), 8, 260, lineY - 6, lineY + 6);
        assertTrue(ink > 40, "the note's text under the last lane: " + ink + " pixels");
    }

    @Test
    void onScreenALaneTheBottomCutsShowsNoHalfTitle(FxRobot robot) {
        Dataset d = TestData.oneLaneEach(20, 1, (lane, k) -> "2020-03-05");
        TimelineFrame frame = frame(d, null);
        TimelineRenderer renderer = new TimelineRenderer();
        WritableImage[] shot = new WritableImage[1];
        // A height that cuts a lane through its title row.
        int height = 300;
        robot.interact(() -> {
            renderer.prepare(frame, 0, 0, WIDTH, height, 1);
            Canvas canvas = new Canvas(WIDTH, height);
            renderer.renderHeaders(canvas.getGraphicsContext2D(), frame, 200);
            shot[0] = canvas.snapshot(null, null);
        });
        TimelineLayout layout = renderer.layout();
        int cut = layout.endLane() - 1;
        double top = layout.laneTop(cut);
        assertTrue(top < height && top + layout.laneHeight(cut) > height, "lane " + cut + " is cut by the bottom");
        assertTrue(height - top > 15, "the bottom cuts it below the middle of its title row: " + top);
        PixelReader pixels = shot[0].getPixelReader();
        Color ink = TimelineStyle.light().ink();
        int whole = PixelCounts.near(pixels, ink, 10, 160, layout.laneTop(cut - 1), top - 1);
        assertTrue(whole > 20, "the lane above shows its title: " + whole + " pixels");
        assertEquals(0, PixelCounts.near(pixels, ink, 10, 160, top + 1, height - 1), "the cut lane shows none of its");
    }

    @Test
    void aSlidesEventInALaneThatWouldNotFitIsShownWithTheLanesBeforeItLeftOut(FxRobot robot) {
        Dataset d = TestData.oneLaneEach(20, 1, (lane, k) -> "2020-03-05");
        TimelineEvent step = d.event("eo17").orElseThrow();
        TimelineFrame frame = frame(d, step);
        TimelineRenderer renderer = new TimelineRenderer();
        int[] leftOut = new int[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            leftOut[0] = renderer.lanesLeftOut(frame, 0, 0, WIDTH, HEIGHT, 1);
            renderer.render(canvas.getGraphicsContext2D(), 0, 0, WIDTH, HEIGHT, 1, frame);
        });
        TimelineLayout layout = renderer.layout();
        assertTrue(layout.firstLane() > 0, "the lanes start further down");
        int item = layout.itemOf(renderer.positionOf(step));
        assertTrue(item >= 0, "the step's event is drawn");
        assertTrue(layout.itemY(item) > layout.top() && layout.itemY(item) < HEIGHT, "inside the rectangle");
        assertTrue(leftOut[0] >= layout.firstLane(), "the lanes before it count as left out: " + leftOut[0]);
        TimelineFrame unselected = frame(d, null);
        robot.interact(() -> renderer.lanesLeftOut(unselected, 0, 0, WIDTH, HEIGHT, 1));
        assertEquals(0, renderer.layout().firstLane(), "with nothing selected, a drawing starts at the first lane");
    }

    @Test
    void aDrawingStartsAtTheLaneTheWindowWasScrolledTo(FxRobot robot) {
        Dataset d = TestData.oneLaneEach(20, 1, (lane, k) -> "2020-03-05");
        TimelineFrame frame = frame(d, null);
        TimelineRenderer renderer = new TimelineRenderer();
        int[] leftOut = new int[1];
        robot.interact(() -> {
            leftOut[0] = renderer.lanesLeftOut(frame, "o06", 0, 0, WIDTH, HEIGHT, 1);
            renderer.render(new Canvas(WIDTH, HEIGHT).getGraphicsContext2D(), 0, 0, WIDTH, HEIGHT, 1, frame, "o06");
        });
        assertEquals(6, renderer.layout().firstLane(), "the drawing starts at lane o06");
        assertTrue(renderer.drawsLaneOf(d.event("eo06").orElseThrow()));
        assertTrue(!renderer.drawsLaneOf(d.event("eo05").orElseThrow()), "the lanes before it are left out");
        int drawn = 20 - leftOut[0];
        assertTrue(drawn > 1 && 6 + drawn < 20, "lanes after it are left out too: " + drawn + " drawn");

        robot.interact(() -> renderer.lanesLeftOut(frame, "o19", 0, 0, WIDTH, HEIGHT, 1));
        int first = renderer.layout().firstLane();
        assertTrue(first < 19 && first > 6, "near the end, the lanes before it fill the drawing: from " + first);
        assertTrue(renderer.drawsLaneOf(d.event("eo19").orElseThrow()));

        robot.interact(() -> renderer.lanesLeftOut(frame, "no-such-lane", 0, 0, WIDTH, HEIGHT, 1));
        assertEquals(0, renderer.layout().firstLane(), "a lane the drawing lacks: from the first");
    }

    @Test
    void aSelectedEventAboveTheLaneScrolledToIsStillShown(FxRobot robot) {
        Dataset d = TestData.oneLaneEach(20, 1, (lane, k) -> "2020-03-05");
        TimelineEvent selected = d.event("eo02").orElseThrow();
        TimelineFrame frame = frame(d, selected);
        TimelineRenderer renderer = new TimelineRenderer();
        robot.interact(() -> renderer.lanesLeftOut(frame, "o10", 0, 0, WIDTH, HEIGHT, 1));
        assertTrue(renderer.drawsLaneOf(selected), "from lane " + renderer.layout().firstLane());
    }

    @Test
    void theNoteSaysWhichLanesAreLeftOut() {
        assertEquals("3 more lanes do not fit at this size", TimelineRenderer.lanesLeftOutText(0, 3));
        assertEquals("1 more lane does not fit at this size", TimelineRenderer.lanesLeftOutText(0, 1));
        assertEquals("6 lanes above and 5 below do not fit at this size", TimelineRenderer.lanesLeftOutText(6, 5));
        assertEquals("1 lane above does not fit at this size", TimelineRenderer.lanesLeftOutText(1, 0));
        assertEquals("4 lanes above do not fit at this size", TimelineRenderer.lanesLeftOutText(4, 0));
    }

    @Test
    void whenEveryLaneFitsNoneIsLeftOut(FxRobot robot) {
        Dataset d = TestData.orgTree().event(TestData.event("a1", "2020-03-05", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("z1", "2020-03-09", null, EventStatus.OCCURRED, "z")).build();
        TimelineFrame frame = frame(d, null);
        int[] leftOut = {-1};
        robot.interact(() -> leftOut[0] = new TimelineRenderer().lanesLeftOut(frame, 0, 0, WIDTH, HEIGHT, 1));
        assertEquals(0, leftOut[0]);
    }
}
