package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The on-screen timeline pans by moving strips of the plot that were drawn already and drawing only the
 * strips that come into view. What it shows must be what a fresh drawing of the same window shows.
 */
@ExtendWith(ApplicationExtension.class)
class PanningStripsTest {

    /** 168 px of lane headers + a 1000 px plot + 4 px of padding: one day per pixel over 1000 days. */
    private static final int WIDTH = 1172;
    private static final int HEIGHT = 420;
    private static final long START = day(2019, 1, 1);

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = new TimelineView(state);
        view.setAnimated(false);
        view.setClock(() -> day(2020, 7, 1));
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
        // Strip counts are exact only while no pan comes to rest; one test sets a short rest of its own.
        skin().settleAfter(Duration.hours(1));
    }

    /** Events far enough apart that every row assignment is the obvious one. */
    private static Dataset dataset() {
        var b = TestData.orgTree();
        for (int i = 0; i < 24; i++) {
            String date = java.time.LocalDate.ofEpochDay(day(2018, 3, 1) / TimeWindow.DAY + i * 97L).toString();
            EventStatus status = i % 3 == 0 ? EventStatus.PROPOSED : EventStatus.OCCURRED;
            b.event(TestData.event("p" + i, date, null, status, i % 2 == 0 ? "a" : "z"));
        }
        b.event(TestData.event("bar", "2019-05-01", "2019-11-30", EventStatus.OCCURRED, "c"));
        b.event(TestData.event("month", "2020-02", null, EventStatus.REPORTED, "c"));
        return b.build();
    }

    /** The test data in a 1000-day window: one day per pixel. */
    private void load(FxRobot robot) {
        robot.interact(() -> {
            state.setDataset(dataset(), "test");
            state.setVisibleWindow(days(0, 1000));
        });
    }

    /** Pans right {@code steps} times by {@code daysPerStep} days (pixels), one frame each. */
    private void panInSteps(FxRobot robot, int steps, long daysPerStep) {
        for (int step = 1; step <= steps; step++) {
            long from = step * daysPerStep;
            robot.interact(() -> state.setVisibleWindow(days(from, 1000)));
        }
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    private static TimeWindow days(long fromDay, long length) {
        long s = START + fromDay * TimeWindow.DAY;
        return new TimeWindow(s, s + length * TimeWindow.DAY);
    }

    @Test
    void aPanDrawsOnlyTheStripComingIntoViewAndKeepsEveryEventOnItsRow(FxRobot robot) {
        load(robot);
        int draws = skin().stripDraws();
        // The first pan after a zoom lays out ahead of the view and draws the view again.
        robot.interact(() -> state.setVisibleWindow(days(10, 1000)));
        assertEquals(draws + 1, skin().stripDraws());
        TimelineEvent bar = state.getDataset().event("bar").orElseThrow();
        Bounds before = bounds(robot, bar);

        robot.interact(() -> state.setVisibleWindow(days(110, 1000))); // 100 px to the right
        assertEquals(draws + 2, skin().stripDraws(), "one strip of " + PlotStrips.STRIP + " px comes into view");
        Bounds after = bounds(robot, bar);
        assertEquals(before.getMinX() - 100, after.getMinX(), 1e-9, "the bar moved left by the pan");
        assertEquals(before.getMinY(), after.getMinY(), 1e-9, "and stayed on its row");

        robot.interact(() -> state.setVisibleWindow(days(140, 1000)));
        assertEquals(draws + 2, skin().stripDraws(), "the strip drawn last time still covers the view");
        robot.interact(() -> state.setVisibleWindow(days(20, 1000)));
        assertEquals(draws + 2, skin().stripDraws(), "panning back shows what was drawn");
    }

    @Test
    void aPanMadeOfStripsLooksLikeTheSameViewDrawnInOnePiece(FxRobot robot) {
        load(robot);
        panInSteps(robot, 6, 143);
        int draws = skin().stripDraws();
        WritableImage panned = shot(robot);
        assertEquals(draws, skin().stripDraws(), "taking a snapshot draws nothing");

        // A selection made and cleared draws the view again in one piece, on the same layout. Drawn at rest,
        // a label that reaches the right edge ends there with an ellipsis ("Event p1…"), so the last 120 px
        // (two labels' width) are left out of the comparison.
        TimelineEvent any = state.getDataset().event("p20").orElseThrow();
        robot.interact(() -> state.setSelectedEvent(any));
        robot.interact(() -> state.setSelectedEvent(null));
        assertEquals(draws + 2, skin().stripDraws());
        assertEquals(0, differingPixels(panned, shot(robot), WIDTH - 120),
                "pixels differ between the strips and one piece");
    }

    @Test
    void aPanBeyondTheLaidOutSpanLaysOutAgain(FxRobot robot) {
        load(robot);
        robot.interact(() -> state.setVisibleWindow(days(10, 1000))); // the first pan lays out ahead
        int draws = skin().stripDraws();
        long beyond = 10 + Math.round((TimelineSkin.PAN_AHEAD + 0.5) * 1000);
        robot.interact(() -> state.setVisibleWindow(days(beyond, 1000)));
        assertEquals(draws + 1, skin().stripDraws(), "the view is drawn again as one strip, not strip by strip");
        robot.interact(() -> state.setVisibleWindow(days(beyond + 100, 1000)));
        assertEquals(draws + 2, skin().stripDraws(), "and the new layout reaches ahead again");
    }

    @Test
    void aLabelCutAtTheLeftEdgeByAPanIsLeftOutOnceThePanRests(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> state.setVisibleWindow(days(10, 1000))); // the first pan lays out ahead
        // "Event p5" has its marker 179 days after the start and its label to the right of it: a view
        // starting at day 200 cuts the label at the lane headers.
        robot.interact(() -> state.setVisibleWindow(days(200, 1000)));
        TimelineEvent p5 = state.getDataset().event("p5").orElseThrow();
        Bounds b = bounds(robot, p5);
        assertTrue(inkRightOfHeaders(robot, b.getCenterY()) > 0, "while panning, the label slides under the headers");

        panAndRest(robot, 201);
        assertEquals(0, inkRightOfHeaders(robot, b.getCenterY()), "at rest, no label shows cut at the left edge");
        assertNotNull(view.boundsOf(state.getDataset().event("p7").orElseThrow()).orElse(null));
    }

    @Test
    void aLabelTheRightEdgeCutsGoesBeforeItsEventOnceThePanRests(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> state.setVisibleWindow(days(10, 1000))); // the first pan lays out ahead
        // "Event p15" is 20 days before the end of a view from day 169: while panning its label runs on past
        // the right edge, laid out after the marker.
        robot.interact(() -> state.setVisibleWindow(days(169, 1000)));
        TimelineEvent p15 = state.getDataset().event("p15").orElseThrow();
        Bounds moving = bounds(robot, p15);

        panAndRest(robot, 170);
        Bounds resting = bounds(robot, p15);
        assertTrue(resting.getMinX() < moving.getMinX() - 40, "at rest the label goes before the marker: "
                + moving.getMinX() + " -> " + resting.getMinX());
        assertEquals(moving.getMinX() - 1 + TimelineLayout.MARKER_SIZE, resting.getMaxX(), 1.5,
                "and the event ends at its marker, which the rest moved 1 px left");
        assertEquals(0, differingFromRenderer(robot), "as a fresh layout of the view draws it, rows and all");
    }

    @Test
    void aBarBegunBeforeTheViewKeepsItsLabelAtTheLeftEdgeOnceThePanRests(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> state.setVisibleWindow(days(10, 1000)));
        // The bar runs from day 120 to day 333: a view from day 212 shows its last 121 days.
        int[] draws = new int[1];
        robot.interact(() -> {
            skin().settleAfter(Duration.millis(200));
            state.setVisibleWindow(days(212, 1000));
            view.layout(); // the pan's frame, now
            draws[0] = skin().stripDraws();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin().stripDraws() == draws[0] + 1);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = bounds(robot, state.getDataset().event("bar").orElseThrow());
        assertTrue(inkRightOfHeaders(robot, b.getCenterY()) > 20, "the bar's label at the view's left edge");
    }

    /** Dark pixels in the first 40 px of the plot around {@code y}. */
    private int inkRightOfHeaders(FxRobot robot, double y) {
        WritableImage image = shot(robot);
        int n = 0;
        for (int x = 170; x < 210; x++) {
            for (int yy = (int) y - 6; yy <= (int) y + 6; yy++) {
                if ((image.getPixelReader().getArgb(x, yy) & 0xff) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aGlideToAWindowOfTheSameLengthEndsOnTheLayoutOfThatWindow(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> state.setVisibleWindow(days(10, 1000)));
        assertTrue(!skin().laidOutForView(), "a pan lays out ahead of the view");
        // A jump set elsewhere (a briefing step) glides there; every frame of the glide is laid out afresh.
        robot.interact(() -> {
            view.setAnimated(true);
            state.setVisibleWindow(days(1600, 1000));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.glideWindowProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(skin().laidOutForView(), "the glide ends on a layout of its own window");
        assertEquals(0, differingFromRenderer(robot));
    }

    @Test
    void clickingAfterAPanSelectsTheEventUnderTheCursor(FxRobot robot) {
        load(robot);
        robot.interact(() -> state.setVisibleWindow(days(10, 1000)));
        robot.interact(() -> state.setVisibleWindow(days(77, 1000))); // the strips moved 67 px
        TimelineEvent bar = state.getDataset().event("bar").orElseThrow();
        Bounds b = bounds(robot, bar);
        Point2D[] onScreen = new Point2D[1];
        robot.interact(() -> onScreen[0] = view.localToScreen(b.getMinX() + 20, b.getCenterY()));
        robot.clickOn(onScreen[0]);
        assertSame(bar, state.getSelectedEvent());
    }

    @Test
    void stripsDrawnSideBySideJoinWithoutASeam(FxRobot robot) {
        load(robot);
        WritableImage[] images = new WritableImage[3];
        robot.interact(() -> {
            TimelineRenderer renderer = new TimelineRenderer();
            TimelineFrame frame = view.frame();
            renderer.prepare(frame, 0, 0, WIDTH, 300, 1, days(-1000, 3000), 1000, 1000);
            // One strip from x 300 to 812, and the same range as two strips split mid-label.
            images[0] = strip(renderer, frame, 300, 812);
            images[1] = strip(renderer, frame, 300, 531);
            images[2] = strip(renderer, frame, 531, 812);
        });
        PixelReader whole = images[0].getPixelReader();
        int differing = 0;
        int inked = 0;
        for (int y = 0; y < (int) images[0].getHeight(); y++) {
            for (int x = 0; x < 512; x++) {
                int p = whole.getArgb(x, y);
                int q = x < 231 ? images[1].getPixelReader().getArgb(x, y) : images[2].getPixelReader().getArgb(x - 231, y);
                if (p != q) {
                    differing++;
                }
                if ((p & 0xff) < 128) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 300, "the strip shows events: " + inked + " dark pixels");
        assertEquals(0, differing, "pixels differ where the two strips meet");
    }

    @Test
    void theScreenShowsWhatTheRendererDrawsForExport(FxRobot robot) {
        load(robot);
        assertEquals(0, differingFromRenderer(robot));
    }

    @Test
    void aPanThatRestsLooksLikeTheViewDrawnAfresh(FxRobot robot) throws Exception {
        load(robot);
        panInSteps(robot, 5, 61);
        int[] draws = new int[1];
        robot.interact(() -> {
            skin().settleAfter(Duration.millis(100));
            state.setVisibleWindow(days(333, 1000));
            view.layout();
            draws[0] = skin().stripDraws();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin().stripDraws() == draws[0] + 1);
        WaitForAsyncUtils.waitForFxEvents();
        // Labels end with an ellipsis at the right edge and none starts cut at the left, as in a fresh layout.
        assertEquals(0, differingFromRenderer(robot));
    }

    @Test
    void hoveringALaneHeaderShowsItsWholeTitleAndWhatAClickDoes(FxRobot robot) {
        load(robot);
        double[] y = new double[1];
        robot.interact(() -> y[0] = skin().laneMiddle(0));
        robot.moveTo(view.localToScreen(30, y[0]));
        WaitForAsyncUtils.waitForFxEvents();
        String[] text = new String[1];
        robot.interact(() -> text[0] = skin().tooltipText());
        assertEquals("A\nOrg a\nClick to fold it to one row", text[0]);
    }

    /** Pixels inside the band's border that differ from the export renderer's drawing of the same frame. */
    private int differingFromRenderer(FxRobot robot) {
        WritableImage screen = shot(robot);
        WritableImage[] drawn = new WritableImage[1];
        robot.interact(() -> {
            Canvas c = new Canvas(WIDTH, screen.getHeight());
            new TimelineRenderer().render(c.getGraphicsContext2D(), 0, 0, WIDTH, screen.getHeight(), 1, view.frame());
            drawn[0] = c.snapshot(null, null);
        });
        int differing = 0;
        // Inside the band's border, which the renderer leaves to the control.
        for (int y = 2; y < (int) screen.getHeight() - 2; y++) {
            for (int x = 2; x < WIDTH - 2; x++) {
                if (screen.getPixelReader().getArgb(x, y) != drawn[0].getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static WritableImage strip(TimelineRenderer renderer, TimelineFrame frame, double x1, double x2) {
        Canvas c = new Canvas(x2 - x1, 260);
        renderer.renderStrip(c.getGraphicsContext2D(), frame, x1, x2, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        return c.snapshot(null, null);
    }

    /**
     * Pans to the window from day {@code fromDay}, inside what was drawn already (no new strip), and waits until
     * the pan has rested and the view is drawn again in one piece.
     */
    private void panAndRest(FxRobot robot, long fromDay) throws Exception {
        int draws = skin().stripDraws();
        robot.interact(() -> skin().settleAfter(Duration.millis(50)));
        robot.interact(() -> state.setVisibleWindow(days(fromDay, 1000)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin().stripDraws() == draws + 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds bounds(FxRobot robot, TimelineEvent e) {
        Bounds[] b = new Bounds[1];
        robot.interact(() -> b[0] = view.boundsOf(e).orElse(null));
        assertNotNull(b[0], e.id() + " is drawn");
        return b[0];
    }

    /** The main band as the screen shows it (the overview under it has a test of its own). */
    private WritableImage shot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setViewport(new Rectangle2D(0, 0, WIDTH, HEIGHT - TimelineSkin.OVERVIEW_HEIGHT - TimelineSkin.GAP));
            shot[0] = view.snapshot(params, null);
        });
        return shot[0];
    }

    /** Pixels that differ between {@code a} and {@code b} left of {@code width}. */
    private static int differingPixels(WritableImage a, WritableImage b, int width) {
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
