package org.sightline.view.timeline;

import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

/** Counting drawn pixels for the timeline's drawing tests. */
final class PixelCounts {

    private PixelCounts() {
    }

    /**
     * Pixels within {@code x1..x2} (right edge excluded) and {@code y1..y2} close to {@code colour}: their red,
     * green and blue differ from it by less than 0.35 in all (text is antialiased).
     */
    static int near(PixelReader pixels, Color colour, double x1, double x2, double y1, double y2) {
        int n = 0;
        for (int x = (int) Math.ceil(x1); x < x2; x++) {
            for (int y = (int) Math.ceil(y1); y <= y2; y++) {
                Color p = pixels.getColor(x, y);
                if (Math.abs(p.getRed() - colour.getRed()) + Math.abs(p.getGreen() - colour.getGreen())
                        + Math.abs(p.getBlue() - colour.getBlue()) < 0.35) {
                    n++;
                }
            }
        }
        return n;
    }
}
