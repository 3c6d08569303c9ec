package org.sightline.view.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sightline.model.EventStatus;

/**
 * The marker of each status, shared by the timeline and every legend so they always agree:
 * established and occurred are solid, announced is solid with a ring, proposed is hollow and dashed,
 * reported is light, context is small and grey-toned.
 */
public final class StatusGlyphs {

    private StatusGlyphs() {
    }

    /** Draws the marker centred on (cx, cy) with the given diameter. */
    public static void draw(GraphicsContext gc, EventStatus status, double cx, double cy, double size, Color color,
                            Color background) {
        double r = size / 2;
        gc.setLineDashes();
        switch (status) {
            case ESTABLISHED -> {
                gc.setFill(color);
                gc.fillRect(cx - r, cy - r, size, size);
            }
            case OCCURRED -> {
                gc.setFill(color);
                gc.fillOval(cx - r, cy - r, size, size);
            }
            case ANNOUNCED -> {
                gc.setFill(color);
                gc.fillOval(cx - r * 0.6, cy - r * 0.6, size * 0.6, size * 0.6);
                gc.setStroke(color);
                gc.setLineWidth(Math.max(1, size / 8));
                gc.strokeOval(cx - r, cy - r, size, size);
            }
            case PROPOSED -> {
                gc.setFill(background);
                gc.fillOval(cx - r, cy - r, size, size);
                gc.setStroke(color);
                gc.setLineWidth(Math.max(1, size / 7));
                gc.setLineDashes(size / 4, size / 6);
                gc.strokeOval(cx - r, cy - r, size, size);
                gc.setLineDashes();
            }
            case REPORTED -> {
                gc.setFill(color.deriveColor(0, 0.6, 1.2, 0.55));
                gc.fillOval(cx - r, cy - r, size, size);
                gc.setStroke(color);
                gc.setLineWidth(Math.max(1, size / 10));
                gc.strokeOval(cx - r, cy - r, size, size);
            }
            case CONTEXT -> {
                double s = size * 0.7;
                gc.setFill(color.desaturate().deriveColor(0, 1, 1, 0.8));
                gc.fillPolygon(new double[] {cx, cx + s / 2, cx, cx - s / 2},
                        new double[] {cy - s / 2, cy, cy + s / 2, cy}, 4);
            }
        }
    }
}
