package org.sightline.view.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/**
 * The hatched fill of month-, year- and whole-day bands: diagonal lines rising to the right every
 * {@code period} pixels over the band's colour, as one repeating tile. Stroked one by one, the lines
 * made the software pipeline rasterise a diagonal path every few pixels across every band; a tile is a
 * single textured fill. Tiles are opaque (both colours already blended over the lane), rasterised here
 * with 6×6 samples per pixel (no snapshot), once per colour pair, period and line width.
 */
final class HatchPatterns {

    private static final int SAMPLES = 6;
    private static final int MAX_CACHED = 256;

    private record Key(int fill, int line, int period, int quarterWidth) {
    }

    private final Map<Key, ImagePattern> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ImagePattern> eldest) {
            return size() > MAX_CACHED;
        }
    };

    // A direct-mapped front, so a frame's lookups allocate no keys.
    private static final int SLOTS = 64;
    private final int[] slotFill = new int[SLOTS];
    private final int[] slotLine = new int[SLOTS];
    private final int[] slotPeriod = new int[SLOTS];
    private final int[] slotWidth = new int[SLOTS];
    private final ImagePattern[] slotPattern = new ImagePattern[SLOTS];

    /** The period, in whole pixels, used for a requested spacing (so the tile is whole pixels too). */
    static int period(double spacing) {
        return Math.max(3, (int) Math.round(spacing));
    }

    /**
     * Fills the rectangle with {@code fill} and the hatching in {@code line}: lines rising to the right,
     * {@link #period(double) period(spacing)} apart, one of them meeting the rectangle's bottom edge at
     * {@code anchorX} (rounded to a pixel), so the hatching moves with whatever it is anchored to.
     */
    void fill(GraphicsContext gc, double x, double y, double w, double h, double spacing, double lineWidth,
              Color fill, Color line, double anchorX) {
        if (w <= 0 || h <= 0) {
            return;
        }
        gc.setFill(pattern(fill, line, period(spacing), lineWidth));
        // The tile's origin sits on a hatch line; moving the origin instead of making a pattern per band
        // keeps the frame free of allocations.
        double ox = Math.round(anchorX);
        double oy = Math.round(y + h);
        gc.translate(ox, oy);
        gc.fillRect(x - ox, y - oy, w, h);
        gc.translate(-ox, -oy);
    }

    ImagePattern pattern(Color fill, Color line, int period, double lineWidth) {
        int f = MarkerImages.argb(fill);
        int l = MarkerImages.argb(line);
        int q = (int) Math.round(lineWidth * 4);
        int slot = (((f * 31 + l) * 31 + period) * 31 + q) & (SLOTS - 1);
        ImagePattern p = slotPattern[slot];
        if (p != null && slotFill[slot] == f && slotLine[slot] == l && slotPeriod[slot] == period
                && slotWidth[slot] == q) {
            return p;
        }
        p = cache.computeIfAbsent(new Key(f, l, period, q),
                k -> new ImagePattern(rasterise(fill, line, period, q / 4.0), 0, 0, period, period, false));
        slotFill[slot] = f;
        slotLine[slot] = l;
        slotPeriod[slot] = period;
        slotWidth[slot] = q;
        slotPattern[slot] = p;
        return p;
    }

    int cachedCount() {
        return cache.size();
    }

    /**
     * One period of the hatching as a {@code period}×{@code period} tile: the lines u + v = k·period (u to
     * the right, v downwards from the tile's origin), {@code lineWidth} wide across, over {@code fill}.
     */
    static WritableImage rasterise(Color fill, Color line, int period, double lineWidth) {
        WritableImage image = new WritableImage(period, period);
        PixelWriter out = image.getPixelWriter();
        // Measured along u, a line crossing at 45° is √2 times its width.
        double half = lineWidth * Math.sqrt(2) / 2;
        for (int py = 0; py < period; py++) {
            for (int px = 0; px < period; px++) {
                int inside = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double s = px + (sx + 0.5) / SAMPLES + py + (sy + 0.5) / SAMPLES;
                        double d = s % period;
                        if (Math.min(d, period - d) <= half) {
                            inside++;
                        }
                    }
                }
                double a = inside / (double) (SAMPLES * SAMPLES);
                out.setColor(px, py, fill.interpolate(line, a));
            }
        }
        return image;
    }
}
