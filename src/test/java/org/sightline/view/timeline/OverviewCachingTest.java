package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview after a load is drawn straight onto the canvas, and a moment later from images of its
 * miniature (which keeps snapshots off the frame that shows new data); both must look the same.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewCachingTest {

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

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
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
    void theOverviewLooksTheSameDrawnDirectlyAndFromItsCachedImages(FxRobot robot) throws Exception {
        robot.interact(() -> {
            state.setDataset(dataset(), "test");
            state.setVisibleWindow(new TimeWindow(day(2020, 3, 1), day(2021, 3, 1)));
        });
        assertFalse(skin().overviewIsCached(), "the frame after a load draws the miniature, no snapshot yet");
        WritableImage direct = overview(robot);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin().overviewIsCached());
        // Move away and back, so the frame is drawn again, now from the images.
        robot.interact(() -> state.setVisibleWindow(new TimeWindow(day(2020, 4, 1), day(2021, 4, 1))));
        robot.interact(() -> state.setVisibleWindow(new TimeWindow(day(2020, 3, 1), day(2021, 3, 1))));
        assertTrue(skin().overviewIsCached());
        WritableImage cached = overview(robot);

        PixelReader a = direct.getPixelReader();
        PixelReader b = cached.getPixelReader();
        int differing = 0;
        int inked = 0;
        for (int y = 0; y < (int) direct.getHeight(); y++) {
            for (int x = 0; x < (int) direct.getWidth(); x++) {
                int pa = a.getArgb(x, y);
                int pb = b.getArgb(x, y);
                // A few levels of rounding where the box's anti-aliased edge meets the veil are not a difference.
                if (maxChannelDifference(pa, pb) > 8) {
                    differing++;
                }
                if ((pa & 0xff) < 200) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 500, "the overview shows its miniature: " + inked + " dark pixels");
        assertTrue(differing == 0, differing + " pixels differ between the direct and the cached overview");
    }

    private static int maxChannelDifference(int p, int q) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
        }
        return max;
    }

    private static long day(int y, int m, int d) {
        return java.time.LocalDate.of(y, m, d).toEpochDay() * TimeWindow.DAY;
    }
}
