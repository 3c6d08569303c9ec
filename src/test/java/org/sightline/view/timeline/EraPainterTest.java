package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Era;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Era titles are measured in the type they are drawn in, so a cut title ends inside its era. */
@ExtendWith(ApplicationExtension.class)
class EraPainterTest {

    private static final Era TERM = new Era("term", "Kihara as Defense Minister", PartialDate.parse("2023-09"),
            PartialDate.parse("2024-10-01"), null);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void aTitleCutWithAnEllipsisEndsInsideItsEraAtEveryScale() throws Exception {
        for (double s : new double[] {1, 1.5, 2}) {
            for (double eraWidth : new double[] {90, 130, 170}) {
                int[] ink = WaitForAsyncUtils.asyncFx(() -> inkColumns(eraWidth, s)).get();
                double pad = TimelineRenderer.PAD * s;
                String where = "scale " + s + ", era " + eraWidth + " px wide: ink from " + ink[0] + " to " + ink[1];
                assertTrue(ink[1] >= 0, where + ": a title (cut) is drawn");
                assertTrue(ink[1] <= eraWidth * s - pad + 1, where + ", past the era's end less its padding");
            }
        }
    }

    /**
     * Draws the era's title, the era {@code eraWidth} wide from x 0, and returns the first and last column its
     * letters ink (its ground, a pale fill behind them, does not count).
     */
    private static int[] inkColumns(double eraWidth, double s) {
        long start = TERM.start().startMillis();
        long end = TERM.end().endMillis();
        double width = 600 * s;
        TimeScale ts = new TimeScale(new TimeWindow(start, start + Math.round((end - start) * width / (eraWidth * s))),
                0, width);
        Canvas canvas = new Canvas(width, 30 * s);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTextBaseline(javafx.geometry.VPos.CENTER);
        new EraPainter(new OpaqueBlends()).drawTitles(gc, List.of(TERM), ts, 0, 30 * s, 0, width, 0, s,
                TimelineStyle.light());
        javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
        transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
        PixelReader pixels = canvas.snapshot(transparent, null).getPixelReader();
        int first = -1;
        int last = -1;
        for (int x = 0; x < (int) width; x++) {
            for (int y = 0; y < (int) (30 * s); y++) {
                javafx.scene.paint.Color c = pixels.getColor(x, y);
                if (c.getOpacity() > 0.05 && c.getBrightness() < 0.85) { // the title's letters, not its ground
                    first = first < 0 ? x : first;
                    last = x;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}
