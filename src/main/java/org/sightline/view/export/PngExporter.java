package org.sightline.view.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.sightline.io.AtomicFileWriter;
import org.sightline.io.ViewSpecJson;
import org.sightline.io.png.PngText;
import org.sightline.io.png.PngWriter;
import org.sightline.model.Counted;
import org.sightline.model.ViewSpec;
import org.sightline.view.Version;

/**
 * Writes a snapshot as a PNG: rendered offscreen band by band (on the FX thread), encoded on the calling
 * thread, written atomically, with the view embedded as a text chunk. Call it from a background thread.
 */
public final class PngExporter {

    /** Layout pixels per inch, as CSS and the screen count them. */
    public static final double LAYOUT_DPI = 96;

    private final OffscreenRenderer renderer;

    public PngExporter() {
        this(new OffscreenRenderer(new SnapshotComposer()));
    }

    public PngExporter(OffscreenRenderer renderer) {
        this.renderer = renderer;
    }

    /** What an export took, in nanoseconds: drawing and snapshot on the FX thread, encoding, and the rest of writing. */
    public record Result(Path file, int width, int height, long bytes, long drawNanos, long snapshotNanos,
                         long encodeNanos, long writeNanos, int lanesLeftOut, int eventsDrawn) {
        public long totalNanos() {
            return drawNanos + snapshotNanos + encodeNanos + writeNanos;
        }
    }

    /**
     * Exports to {@code target}; on failure or interruption nothing is left behind and an existing file
     * is untouched.
     *
     * @param progress receives 0…1 as bands are done (on the calling thread)
     */
    public Result export(ExportContent content, Path target, DoubleConsumer progress) throws Exception {
        ViewSpec spec = content.spec();
        int width = spec.pixelWidth();
        int height = spec.pixelHeight();
        long[] encode = new long[1];
        OffscreenRenderer.Timing[] timing = new OffscreenRenderer.Timing[1];
        long start = System.nanoTime();
        Exception[] failure = new Exception[1];
        try {
            AtomicFileWriter.write(target, out -> {
                PngWriter writer = new PngWriter(out, width, height, false, texts(content),
                        PngWriter.pixelsPerMetre(dotsPerInch(spec)), PngWriter.FAST);
                boolean done = false;
                try {
                    timing[0] = renderer.render(content, OffscreenRenderer.TILE, (argb, firstRow, rows) -> {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedIOException("export cancelled");
                        }
                        long t0 = System.nanoTime();
                        writer.writeRows(argb, 0, width, rows);
                        encode[0] += System.nanoTime() - t0;
                        progress.accept((double) (firstRow + rows) / height);
                    });
                    long t0 = System.nanoTime();
                    writer.finish();
                    encode[0] += System.nanoTime() - t0;
                    done = true;
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    failure[0] = e;
                    throw new IOException("rendering failed: " + e.getMessage(), e);
                } finally {
                    if (!done) {
                        writer.abandon();
                    }
                }
            });
        } catch (IOException e) {
            if (failure[0] != null) {
                throw failure[0];
            }
            throw e;
        }
        long total = System.nanoTime() - start;
        long write = total - timing[0].drawNanos() - timing[0].snapshotNanos() - encode[0];
        return new Result(target, width, height, Files.size(target), timing[0].drawNanos(),
                timing[0].snapshotNanos(), encode[0], Math.max(0, write), timing[0].lanesLeftOut(),
                timing[0].eventsDrawn());
    }

    /**
     * The resolution an image of {@code spec} is meant for: the layout is in pixels at 96 per inch, so 2× gives
     * 192 dpi and the 300 dpi print presets 300 (recorded in the PNG, so that a document shows it at its size).
     */
    public static double dotsPerInch(ViewSpec spec) {
        return LAYOUT_DPI * spec.scale();
    }

    /** What to tell the user when lanes did not fit: the image says the same under the lanes it shows. */
    public static String lanesLeftOutNote(int lanes) {
        return Counted.of(lanes, "lane") + " did not fit in the image";
    }

    /** The text chunks: standard Title, Description, Software, Creation Time, Source, and the view. */
    public static List<PngText> texts(ExportContent content) {
        List<PngText> texts = new ArrayList<>();
        texts.add(new PngText("Title", content.title()));
        texts.add(new PngText("Description", content.subtitle()));
        texts.add(new PngText("Software", "Sightline " + Version.get()));
        texts.add(new PngText("Creation Time",
                ZonedDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.RFC_1123_DATE_TIME)));
        texts.add(new PngText("Source", content.dataset().title() + " (" + content.spec().dataset().name() + ")"));
        texts.add(new PngText(ViewSpecJson.KEYWORD, ViewSpecJson.write(content.spec())));
        return texts;
    }
}
