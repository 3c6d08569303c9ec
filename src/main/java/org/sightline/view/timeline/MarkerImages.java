package org.sightline.view.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.sightline.model.EventStatus;

/**
 * The round status markers of {@link StatusGlyphs} as small cached images, drawn at whole pixels.
 * In the software pipeline a disc or ring is a path to rasterise (about 3 µs each) while a small image
 * is a copy (under 1 µs), and a frame has hundreds of markers. The images are rasterised here with
 * 6×6 samples per pixel (no snapshot, so any thread may draw), once per status, colour, background and
 * size. Squares stay rectangles and the rare diamond stays a path: both are already cheap.
 */
final class MarkerImages {

    private static final int SAMPLES = 6;
    private static final int MAX_SIZE = 40;
    private static final int MAX_CACHED = 1024;

    private record Key(EventStatus status, int color, int background, int quarterPixels) {
    }

    private final Map<Key, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > MAX_CACHED;
        }
    };

    /** Draws the marker of {@code status} centred on (cx, cy), as {@link StatusGlyphs#drawShape} would. */
    void draw(GraphicsContext gc, EventStatus status, double cx, double cy, double size, Color color, Color background) {
        if (size > MAX_SIZE || status == EventStatus.ESTABLISHED || status == EventStatus.CONTEXT) {
            StatusGlyphs.drawShape(gc, status, cx, cy, size, color, background);
            return;
        }
        Image image = image(status, size, color, background);
        double half = image.getWidth() / 2;
        gc.drawImage(image, Math.round(cx - half), Math.round(cy - half));
    }

    // A direct-mapped front for the map, so a frame's hundreds of lookups allocate no keys.
    private static final int SLOTS = 256;
    private final EventStatus[] slotStatus = new EventStatus[SLOTS];
    private final int[] slotColor = new int[SLOTS];
    private final int[] slotBackground = new int[SLOTS];
    private final int[] slotSize = new int[SLOTS];
    private final Image[] slotImage = new Image[SLOTS];

    Image image(EventStatus status, double size, Color color, Color background) {
        int c = argb(color);
        int b = argb(background);
        int q = (int) Math.round(size * 4);
        int slot = (((c * 31 + b) * 31 + q) * 31 + status.ordinal()) & (SLOTS - 1);
        if (slotImage[slot] != null && slotStatus[slot] == status && slotColor[slot] == c && slotBackground[slot] == b
                && slotSize[slot] == q) {
            return slotImage[slot];
        }
        Image image = cache.computeIfAbsent(new Key(status, c, b, q), k -> rasterise(status, q / 4.0, color, background));
        slotStatus[slot] = status;
        slotColor[slot] = c;
        slotBackground[slot] = b;
        slotSize[slot] = q;
        slotImage[slot] = image;
        return image;
    }

    int cachedCount() {
        return cache.size();
    }

    /** The marker on a transparent square of whole pixels, with the marker's centre in the middle. */
    static WritableImage rasterise(EventStatus status, double size, Color color, Color background) {
        int side = (int) Math.ceil(size) + 2;
        WritableImage image = new WritableImage(side, side);
        PixelWriter out = image.getPixelWriter();
        double c = side / 2.0;
        double r = size / 2;
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                double a = 0;
                double red = 0;
                double green = 0;
                double blue = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double x = px + (sx + 0.5) / SAMPLES - c;
                        double y = py + (sy + 0.5) / SAMPLES - c;
                        Color sample = sample(status, x, y, r, size, color, background);
                        if (sample != null) {
                            double o = sample.getOpacity();
                            a += o;
                            red += sample.getRed() * o;
                            green += sample.getGreen() * o;
                            blue += sample.getBlue() * o;
                        }
                    }
                }
                int n = SAMPLES * SAMPLES;
                if (a > 0) {
                    out.setColor(px, py, Color.color(clamp(red / a), clamp(green / a), clamp(blue / a), clamp(a / n)));
                } else {
                    out.setArgb(px, py, 0);
                }
            }
        }
        return image;
    }

    /** The colour at (x, y) from the centre, or null where the marker leaves the background showing. */
    private static Color sample(EventStatus status, double x, double y, double r, double size, Color color,
                                Color background) {
        double d = Math.hypot(x, y);
        switch (status) {
            case OCCURRED:
                return d <= r ? color : null;
            case ANNOUNCED: {
                double w = Math.max(1, size / 8);
                if (Math.abs(d - r) <= w / 2) {
                    return color;
                }
                return d <= r * 0.6 ? color : null;
            }
            case PROPOSED: {
                double w = Math.max(1, size / 7);
                if (Math.abs(d - r) <= w / 2) {
                    // Dashes along the circle from its rightmost point, clockwise on screen.
                    double along = angle(x, y) * r;
                    double on = size / 4;
                    double period = on + size / 6;
                    if (along % period < on) {
                        return color;
                    }
                }
                return d <= r ? background : null;
            }
            case REPORTED: {
                double w = Math.max(1, size / 10);
                if (Math.abs(d - r) <= w / 2) {
                    return color;
                }
                return d <= r ? StatusGlyphs.light(color) : null;
            }
            default:
                return null;
        }
    }

    private static double angle(double x, double y) {
        double a = Math.atan2(y, x);
        return a < 0 ? a + 2 * Math.PI : a;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** A colour as one ARGB int (8 bits a channel): the key of the image caches here and in {@link HatchPatterns}. */
    static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
