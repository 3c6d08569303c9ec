package org.sightline.view.timeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sightline.model.EventStatus;

/**
 * The marker of each status, shared by the timeline and every legend so they always agree:
 * established is a solid square, occurred a solid disc, announced a dot in a ring, proposed hollow and
 * dashed, reported light with a thin ring, context a small grey-toned diamond.
 * Derived colours are cached, so drawing allocates nothing once warm.
 */
public final class StatusGlyphs {

    private static final Map<Color, Color> LIGHT = new ConcurrentHashMap<>();
    private static final Map<Color, Color> GREY = new ConcurrentHashMap<>();

    private StatusGlyphs() {
    }

    private static final MarkerImages IMAGES = new MarkerImages();

    /**
     * Draws the marker centred on (cx, cy) with the given diameter. Round markers come from cached images
     * ({@link MarkerImages}), so every legend shows exactly what the timeline draws.
     */
    public static void draw(GraphicsContext gc, EventStatus status, double cx, double cy, double size, Color color,
                            Color background) {
        synchronized (IMAGES) {
            IMAGES.draw(gc, status, cx, cy, size, color, background);
        }
    }

    /**
     * Draws the legend's sample of a date known only to its month or year (or day): a band hatched in {@code ink}
     * from ({@code x}, {@code y}), {@code w} × {@code h}, with its two ends marked, as the timeline draws one.
     */
    public static void drawPrecisionBand(GraphicsContext gc, double x, double y, double w, double h, Color ink) {
        gc.setFill(ink.deriveColor(0, 1, 1, 0.12));
        gc.fillRect(x, y, w, h);
        gc.setStroke(ink.deriveColor(0, 1, 1, 0.5));
        gc.setLineWidth(Math.max(1, h / 12));
        double step = Math.max(4, h / 2.5);
        for (double at = x - h; at < x + w; at += step) {
            double from = Math.max(x, at);
            double to = Math.min(x + w, at + h);
            // The line from (at, y + h) rising to (at + h, y), cut to the band.
            gc.strokeLine(from, y + h - (from - at), to, y + h - (to - at));
        }
        gc.setStroke(ink);
        gc.strokeLine(x + 0.5, y, x + 0.5, y + h);
        gc.strokeLine(x + w - 0.5, y, x + w - 0.5, y + h);
    }

    /** Draws the marker as paths (squares, diamonds and large markers; also what the images reproduce). */
    static void drawShape(GraphicsContext gc, EventStatus status, double cx, double cy, double size, Color color,
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
                gc.setFill(light(color));
                gc.fillOval(cx - r, cy - r, size, size);
                gc.setStroke(color);
                gc.setLineWidth(Math.max(1, size / 10));
                gc.strokeOval(cx - r, cy - r, size, size);
            }
            case CONTEXT -> {
                double h = size * 0.35;
                gc.setFill(GREY.computeIfAbsent(color, c -> c.desaturate().deriveColor(0, 1, 1, 0.8)));
                gc.beginPath();
                gc.moveTo(cx, cy - h);
                gc.lineTo(cx + h, cy);
                gc.lineTo(cx, cy + h);
                gc.lineTo(cx - h, cy);
                gc.closePath();
                gc.fill();
            }
        }
    }

    /** The light fill used for reported events (and their bars). */
    public static Color light(Color color) {
        return LIGHT.computeIfAbsent(color, c -> c.deriveColor(0, 0.6, 1.2, 0.55));
    }
}
