package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The hatching of coarse-date bands as a cached tile: its lines, its anchoring and its reuse. */
@ExtendWith(ApplicationExtension.class)
class HatchPatternsTest {

    private static final Color FILL = Color.web("#d7e6f3");
    private static final Color LINE = Color.web("#6f9fc9");
    private static final Color PAGE = Color.WHITE;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    /** How far a pixel is from the fill towards the line colour: 0 the fill, 1 the line. */
    private static double lineShare(int argb) {
        double fillRed = FILL.getRed() * 255;
        double lineRed = LINE.getRed() * 255;
        return (((argb >> 16) & 0xff) - fillRed) / (lineRed - fillRed);
    }

    @Test
    void aTileHasOneDiagonalLineRisingToTheRightOverTheFill() {
        WritableImage tile = HatchPatterns.rasterise(FILL, LINE, 6, 1);
        assertEquals(6, tile.getWidth());
        assertEquals(6, tile.getHeight());
        PixelReader px = tile.getPixelReader();
        // Pixels whose centres lie on u + v = 6 carry the line; those half a period away are pure fill.
        for (int u = 0; u < 6; u++) {
            int v = 5 - u;
            assertTrue(lineShare(px.getArgb(u, v)) > 0.6, "on the line at " + u + "," + v);
            int far = (v + 3) % 6;
            if ((u + far) % 6 == 2) {
                assertEquals(argb(FILL), px.getArgb(u, far), "between the lines at " + u + "," + far);
            }
        }
        for (int u = 0; u < 6; u++) {
            for (int v = 0; v < 6; v++) {
                assertEquals(255, px.getArgb(u, v) >>> 24, "opaque, so the band is one plain copy");
            }
        }
    }

    @Test
    void aThickerLineCoversMoreOfTheTile() {
        PixelReader thin = HatchPatterns.rasterise(FILL, LINE, 8, 1).getPixelReader();
        PixelReader thick = HatchPatterns.rasterise(FILL, LINE, 8, 2.5).getPixelReader();
        double a = 0;
        double b = 0;
        for (int u = 0; u < 8; u++) {
            for (int v = 0; v < 8; v++) {
                a += lineShare(thin.getArgb(u, v));
                b += lineShare(thick.getArgb(u, v));
            }
        }
        // Per period the line covers its width times √2 along a row, over 8 rows.
        assertEquals(8 * Math.sqrt(2), a, 1.0);
        assertEquals(8 * 2.5 * Math.sqrt(2), b, 1.5);
    }

    @Test
    void patternsAreMadeOncePerColoursPeriodAndWidth() {
        HatchPatterns hatches = new HatchPatterns();
        var p = hatches.pattern(FILL, LINE, 6, 1);
        assertSame(p, hatches.pattern(FILL, LINE, 6, 1));
        assertNotSame(p, hatches.pattern(FILL, Color.RED, 6, 1));
        assertNotSame(p, hatches.pattern(FILL, LINE, 9, 1));
        assertNotSame(p, hatches.pattern(FILL, LINE, 6, 2));
        assertSame(p, hatches.pattern(FILL, LINE, 6, 1));
        assertEquals(4, hatches.cachedCount());
    }

    @Test
    void theHatchingFillsExactlyTheBandAndMovesWithItsAnchor(FxRobot robot) {
        HatchPatterns hatches = new HatchPatterns();
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            for (int k = 0; k < 2; k++) {
                Canvas canvas = new Canvas(80, 30);
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.setFill(PAGE);
                gc.fillRect(0, 0, 80, 30);
                // A band from x 10 to 70, y 5 to 25, anchored at x 13 (then 15).
                hatches.fill(gc, 10, 5, 60, 20, 6, 1, FILL, LINE, 13 + 2 * k);
                shots[k] = canvas.snapshot(null, null);
            }
        });
        PixelReader a = shots[0].getPixelReader();
        PixelReader b = shots[1].getPixelReader();
        assertEquals(argb(PAGE), a.getArgb(9, 15), "left of the band");
        assertEquals(argb(PAGE), a.getArgb(70, 15), "right of the band");
        assertEquals(argb(PAGE), a.getArgb(40, 4), "above the band");
        assertEquals(argb(PAGE), a.getArgb(40, 25), "below the band");
        // A line meets the bottom edge (y 25) at the anchor: the pixel just above and left of it is on it.
        assertTrue(lineShare(a.getArgb(13 - 1 + 6, 24)) > 0.6, "a line at the anchor plus a period");
        assertTrue(lineShare(a.getArgb(13 - 1 + 6 + 3, 24)) < 0.1, "fill half a period along");
        // Moving the anchor two pixels moves every line two pixels.
        for (int x = 12; x < 60; x++) {
            for (int y = 6; y < 24; y++) {
                assertEquals(a.getArgb(x, y), b.getArgb(x + 2, y), "at " + x + "," + y);
            }
        }
    }
}
