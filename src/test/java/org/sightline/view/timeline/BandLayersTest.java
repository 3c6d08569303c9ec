package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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
 * On screen the band is several layers (the header column with the corner above it, the axis over the plot
 * only, the plot's strips) and the control has no background of its own: together they must cover every
 * pixel and look like the renderer's drawing of the same frame, which exports use.
 */
@ExtendWith(ApplicationExtension.class)
class BandLayersTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 400;
    /** A colour nothing in the timeline uses: it shows wherever the control leaves a pixel unpainted. */
    private static final Color HOLE = Color.rgb(255, 0, 255);

    private ViewState state;
    private TimelineView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        view = new TimelineView(state);
        view.setAnimated(false);
        view.setClock(() -> day(2030, 1, 1));
        scene = new Scene(view, WIDTH, HEIGHT, HOLE);
        stage.setScene(scene);
        stage.show();
    }

    private static Dataset dataset() {
        return TestData.orgTree()
                .event(TestData.event("e1", "2019-12-20", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("e2", "2020-06", null, EventStatus.PROPOSED, "b"))
                .event(TestData.event("e3", "2020-02-01", "2020-09-30", EventStatus.OCCURRED, "z"))
                .event(TestData.event("e4", "2020-11-03", null, EventStatus.REPORTED, "c"))
                .build();
    }

    private WritableImage screen(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        return shot[0];
    }

    private static int holes(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int holes = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (pixels.getArgb(x, y) == 0xffff00ff) {
                    holes++;
                }
            }
        }
        return holes;
    }

    @Test
    void theControlPaintsEveryPixelWithDataAndWithout(FxRobot robot) {
        assertEquals(0, holes(screen(robot)), "unpainted pixels with no data");
        robot.interact(() -> {
            state.setDataset(dataset(), "test");
            state.setVisibleWindow(new TimeWindow(day(2019, 10, 1), day(2021, 1, 1)));
        });
        assertEquals(0, holes(screen(robot)), "unpainted pixels with data");
        robot.interact(() -> state.setVisibleWindow(new TimeWindow(day(2020, 1, 1), day(2020, 4, 1))));
        assertEquals(0, holes(screen(robot)), "unpainted pixels after a zoom");
        robot.interact(() -> view.setDark(true));
        assertEquals(0, holes(screen(robot)), "unpainted pixels in the dark variant");
        robot.interact(() -> state.setDataset(null, null));
        assertEquals(0, holes(screen(robot)), "unpainted pixels once the data is gone");
    }

    @Test
    void theBandOnScreenLooksLikeTheRenderersDrawingOfIt(FxRobot robot) {
        robot.interact(() -> {
            state.setDataset(dataset(), "test");
            state.setVisibleWindow(new TimeWindow(day(2019, 10, 1), day(2021, 1, 1)));
        });
        WritableImage screen = screen(robot);
        int bandH = (int) Math.floor(HEIGHT - TimelineSkin.OVERVIEW_HEIGHT - TimelineSkin.GAP);
        WritableImage[] drawn = new WritableImage[1];
        robot.interact(() -> {
            Canvas c = new Canvas(WIDTH, bandH);
            new TimelineRenderer().render(c.getGraphicsContext2D(), 0, 0, WIDTH, bandH, 1, view.frame());
            drawn[0] = c.snapshot(null, null);
        });
        int differing = 0;
        int inked = 0;
        // Inside the band's border (the skin's, which exports do not draw).
        for (int y = 2; y < bandH - 2; y++) {
            for (int x = 2; x < WIDTH - 2; x++) {
                int p = screen.getPixelReader().getArgb(x, y);
                if (p != drawn[0].getPixelReader().getArgb(x, y)) {
                    differing++;
                }
                if ((p & 0xff) < 160) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 1000, "the band shows headers, axis and events: " + inked + " dark pixels");
        assertEquals(0, differing, "pixels differ from the renderer's drawing");
    }
}
