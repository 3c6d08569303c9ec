package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.TimeWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The overview on screen is three layers (the miniature veiled, the miniature clear inside the window box, the
 * box), of which a frame only moves the clear layer's clip and draws the box: it must look like the overview
 * renderer's drawing of the same frame, which exports use.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 400;

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = new TimelineView(state);
        view.setAnimated(false);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
    }

    private static Dataset dataset() {
        return TestData.orgTree()
                .event(TestData.event("e1", "2019-12-20", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("e2", "2020-06", null, EventStatus.PROPOSED, "b"))
                .event(TestData.event("e3", "2021-02-01", "2021-09-30", EventStatus.OCCURRED, "z"))
                .event(TestData.event("e4", "2022", null, EventStatus.REPORTED, "c"))
                .build();
    }

    /** The overview band's pixels, as the screen shows them. */
    private WritableImage overview(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setViewport(new Rectangle2D(0, HEIGHT - TimelineSkin.OVERVIEW_HEIGHT, WIDTH,
                    TimelineSkin.OVERVIEW_HEIGHT));
            shot[0] = view.snapshot(params, null);
        });
        return shot[0];
    }

    @Test
    void theOverviewLooksLikeTheRenderersDrawingOfIt(FxRobot robot) {
        robot.interact(() -> {
            state.setDataset(dataset(), "test");
            state.setVisibleWindow(new TimeWindow(day(2020, 3, 1), day(2021, 3, 1)));
        });
        WritableImage screen = overview(robot);
        // The overview spans the plot: right of the lane headers, less the renderer's pad at the right.
        double[] plot = new double[2];
        robot.interact(() -> {
            TimelineRenderer renderer = new TimelineRenderer();
            renderer.prepare(view.frame(), 0, 0, WIDTH, 300, 1);
            plot[0] = renderer.headerWidth();
            plot[1] = WIDTH - plot[0] - TimelineRenderer.PAD;
        });
        double left = plot[0];
        double width = plot[1];
        WritableImage[] drawn = new WritableImage[1];
        robot.interact(() -> {
            Canvas c = new Canvas(WIDTH, TimelineSkin.OVERVIEW_HEIGHT);
            new OverviewRenderer().render(c.getGraphicsContext2D(), left, 0, width, TimelineSkin.OVERVIEW_HEIGHT, 1,
                    view.frame());
            drawn[0] = c.snapshot(null, null);
        });
        int differing = 0;
        int inked = 0;
        for (int y = 0; y < TimelineSkin.OVERVIEW_HEIGHT; y++) {
            for (int x = (int) left; x < (int) (left + width); x++) {
                int p = screen.getPixelReader().getArgb(x, y);
                if (maxChannelDifference(p, drawn[0].getPixelReader().getArgb(x, y)) > 8) {
                    differing++;
                }
                if ((p & 0xff) < 200) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 500, "the overview shows its miniature: " + inked + " dark pixels");
        // Where the box's anti-aliased edges meet the veil, a column on each side may round differently.
        assertTrue(differing <= 4 * TimelineSkin.OVERVIEW_HEIGHT, differing + " pixels differ from the renderer's");
    }

    @Test
    void theOverviewLooksTheSameAfterTheWindowLeftTheDataAndCameBack(FxRobot robot) {
        TimeWindow year = new TimeWindow(day(2020, 3, 1), day(2021, 3, 1));
        robot.interact(() -> {
            state.setDataset(dataset(), "test");
            state.setVisibleWindow(year);
        });
        WritableImage before = overview(robot);
        // A window reaching beyond the data widens the miniature's range; back inside, it is the data's again.
        robot.interact(() -> state.setVisibleWindow(new TimeWindow(day(2000, 1, 1), day(2040, 1, 1))));
        robot.interact(() -> state.setVisibleWindow(year));
        WritableImage after = overview(robot);
        int differing = 0;
        for (int y = 0; y < (int) before.getHeight(); y++) {
            for (int x = 0; x < (int) before.getWidth(); x++) {
                if (before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing == 0, differing + " pixels differ");
    }

    @Test
    void theMiniatureHoldsStillWhenZoomingInFromTheFit(FxRobot robot) {
        robot.interact(() -> state.setDataset(dataset(), "test")); // fitted
        TimeWindow[] fit = new TimeWindow[1];
        double[] plot = new double[2];
        robot.interact(() -> {
            fit[0] = state.getVisibleWindow();
            TimelineRenderer renderer = new TimelineRenderer();
            renderer.prepare(view.frame(), 0, 0, WIDTH, 300, 1);
            plot[0] = renderer.headerWidth();
            plot[1] = WIDTH - plot[0] - TimelineRenderer.PAD;
        });
        WritableImage fitted = overview(robot);
        TimeWindow in = fit[0].zoom(1 / 1.5, fit[0].startMillis() + fit[0].duration() / 2.0);
        robot.interact(() -> state.setVisibleWindow(in));
        WritableImage zoomed = overview(robot);
        // Inside the box (the middle two thirds of the plot, clear of its edges and handles) the miniature is
        // drawn at the scale it had at the fit: pixel for pixel the same.
        int from = (int) Math.ceil(plot[0] + plot[1] / 6) + 6;
        int to = (int) Math.floor(plot[0] + plot[1] * 5 / 6) - 6;
        int differing = 0;
        for (int y = 4; y < TimelineSkin.OVERVIEW_HEIGHT - 4; y++) {
            for (int x = from; x < to; x++) {
                if (fitted.getPixelReader().getArgb(x, y) != zoomed.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing == 0, differing + " pixels of the miniature moved");
        robot.interact(() -> {
            assertEquals(fit[0], OverviewRenderer.rangeFor(view.frame()), "zoomed in: the fit's range");
            // Back at the fit but for rounding: still the fit's range. Past it: widened to the window.
            state.setVisibleWindow(new TimeWindow(fit[0].startMillis() - 2, fit[0].endMillis() + 3));
            assertEquals(fit[0], OverviewRenderer.rangeFor(view.frame()));
            TimeWindow wide = new TimeWindow(fit[0].startMillis() - TimeWindow.YEAR, fit[0].endMillis());
            state.setVisibleWindow(wide);
            assertEquals(wide, OverviewRenderer.rangeFor(view.frame()));
        });
    }

    private static int maxChannelDifference(int p, int q) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
        }
        return max;
    }
}
