package org.sightline.view.timeline;

import javafx.scene.canvas.GraphicsContext;

/**
 * Axis-aligned lines and rectangle outlines drawn as filled rectangles with the geometry the
 * equivalent stroke would have (square caps, mitred corners). The software pipeline rasterises a
 * stroke as a path over its whole bounding box (a 1 px outline round the canvas touches every pixel
 * row end to end), while a rectangle fill is a direct span fill. Colour comes from the fill paint.
 */
final class Lines {

    private Lines() {
    }

    /**
     * A one-pixel line's centre at scale 1 on a pixel's middle, so it covers one whole pixel instead of two
     * halves; other scales (exports) keep the exact position.
     */
    static double snap(double x, double s) {
        return s == 1 ? Math.floor(x) + 0.5 : x;
    }

    /** What {@code strokeLine(x, y1, x, y2)} draws with line width {@code w}. */
    static void vertical(GraphicsContext gc, double x, double y1, double y2, double w) {
        gc.fillRect(x - w / 2, y1 - w / 2, w, y2 - y1 + w);
    }

    /** What {@code strokeLine(x1, y, x2, y)} draws with line width {@code w}. */
    static void horizontal(GraphicsContext gc, double x1, double x2, double y, double w) {
        gc.fillRect(x1 - w / 2, y - w / 2, x2 - x1 + w, w);
    }

    /**
     * What {@code strokeRect(x, y, w, h)} draws with line width {@code lw}, as four fills that do not
     * overlap (so a translucent colour or global alpha stays even at the corners).
     */
    static void outline(GraphicsContext gc, double x, double y, double w, double h, double lw) {
        double hw = lw / 2;
        gc.fillRect(x - hw, y - hw, w + lw, lw);
        gc.fillRect(x - hw, y + h - hw, w + lw, lw);
        if (h > lw) {
            gc.fillRect(x - hw, y + hw, lw, h - lw);
            gc.fillRect(x + w - hw, y + hw, lw, h - lw);
        }
    }
}
