package org.sightline.view.export;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a snapshot offscreen at its full pixel size: into Canvas tiles of at most {@link #TILE} pixels a
 * side (graphics cards limit texture sizes), each read back with {@code snapshot}. The image is produced
 * in horizontal bands so that a huge image never has to be in memory at once.
 */
public final class OffscreenRenderer {

    /** Largest canvas side used; every graphics pipeline handles this. */
    public static final int TILE = 4096;

    private final SnapshotComposer composer;

    public OffscreenRenderer(SnapshotComposer composer) {
        this.composer = composer;
    }

    /** Receives bands of pixels (non-premultiplied ARGB, {@code width} ints per row), top to bottom. */
    @FunctionalInterface
    public interface BandSink {
        void accept(int[] argb, int firstRow, int rows) throws Exception;
    }

    /** Time spent on the FX thread, in nanoseconds: issuing the drawing, and rasterising plus reading it back. */
    public static final class Timing {
        long drawNanos;
        long snapshotNanos;
        int lanesLeftOut;
        int eventsDrawn;

        /** Lanes that did not fit whole in the timeline's part of the image (the image says so under the others). */
        public int lanesLeftOut() {
            return lanesLeftOut;
        }

        /** Events in the lanes the image draws (all shown events unless lanes were left out). */
        public int eventsDrawn() {
            return eventsDrawn;
        }

        public long drawNanos() {
            return drawNanos;
        }

        public long snapshotNanos() {
            return snapshotNanos;
        }
    }

    /**
     * Renders band by band; called from any thread but the FX thread (each band is drawn on the FX
     * thread while the caller waits), and gives each band to {@code sink} on the calling thread.
     */
    public Timing render(ExportContent content, int bandHeight, BandSink sink) throws Exception {
        int width = content.spec().pixelWidth();
        int height = content.spec().pixelHeight();
        int band = Math.max(1, Math.min(bandHeight, TILE));
        Timing timing = new Timing();
        SnapshotLayout layout = FxThread.call(() -> composer.layout(content));
        timing.lanesLeftOut = layout.lanesLeftOut();
        timing.eventsDrawn = layout.eventsDrawn();
        for (int y = 0; y < height; y += band) {
            int rows = Math.min(band, height - y);
            int top = y;
            int[] pixels = FxThread.call(() -> renderBand(content, layout, top, rows, width, timing));
            sink.accept(pixels, y, rows);
        }
        return timing;
    }

    /** Renders the whole snapshot into an image; on the FX thread, for previews and the clipboard. */
    public WritableImage renderImage(ExportContent content) {
        int width = content.spec().pixelWidth();
        int height = content.spec().pixelHeight();
        SnapshotLayout layout = composer.layout(content);
        WritableImage image = new WritableImage(width, height);
        Timing timing = new Timing();
        for (int y = 0; y < height; y += TILE) {
            int rows = Math.min(TILE, height - y);
            int[] band = renderBand(content, layout, y, rows, width, timing);
            image.getPixelWriter().setPixels(0, y, width, rows, PixelFormat.getIntArgbInstance(), band, 0, width);
        }
        return image;
    }

    private int[] renderBand(ExportContent content, SnapshotLayout layout, int top, int rows, int width, Timing timing) {
        int[] out = new int[width * rows];
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        for (int x = 0; x < width; x += TILE) {
            int cols = Math.min(TILE, width - x);
            long t0 = System.nanoTime();
            Canvas canvas = new Canvas(cols, rows);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.translate(-x, -top);
            composer.draw(gc, content, layout);
            long t1 = System.nanoTime();
            WritableImage tile = canvas.snapshot(params, null);
            tile.getPixelReader().getPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), out, x, width);
            long t2 = System.nanoTime();
            timing.drawNanos += t1 - t0;
            timing.snapshotNanos += t2 - t1;
        }
        return out;
    }
}
