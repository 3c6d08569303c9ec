package org.sightline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.sightline.io.BundledDataset;
import org.sightline.io.Checksums;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.LaneGrouping;
import org.sightline.model.PartialDate;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.ExportContent;
import org.sightline.view.export.PngExporter;

/**
 * Times PNG export (not a test): the curated dataset and 100k synthetic events at 3840×2160, broken down
 * into drawing, snapshot, encoding and writing. Run with {@code mvn -Pbench-export -DskipTests verify} (see README).
 */
public final class ExportBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Path dir = Files.createTempDirectory("sightline-bench");
        Dataset curated = BundledDataset.load().dataset();
        Dataset synthetic = SyntheticDatasets.generate(42, 100_000, 8, 2015, 2026);
        System.out.println("| case | visible items | pixels | draw | snapshot | encode | write | total | file |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        boolean all = args.length == 0;
        java.util.List<String> only = java.util.List.of(args);
        if (all || only.contains("curated")) {
            run("curated, whole extent", curated, null, null, dir);
        }
        if (all || only.contains("synthetic")) {
            runSynthetic(synthetic, dir);
        }
        Platform.exit();
    }

    private static void runSynthetic(Dataset synthetic, Path dir) throws Exception {
        run("100k synthetic, 2015–2026", synthetic, PartialDate.parse("2015"), PartialDate.parse("2025"), dir);
        run("100k synthetic, 2020-03-01 … 2020-04-08", synthetic, PartialDate.parse("2020-03-01"),
                PartialDate.parse("2020-04-08"), dir);
    }

    private static void run(String name, Dataset dataset, PartialDate from, PartialDate to, Path dir) throws Exception {
        DateRange range = from == null ? DateRange.covering(dataset.extent().orElseThrow()) : new DateRange(from, to);
        ViewSpec spec = new ViewSpec(new ViewSpec.DatasetRef("bench.json", dataset.title(), Checksums.sha256(new byte[0])),
                range, LaneGrouping.ORGANISATION, EventFilter.NONE, "light", 3840, 2160, 2, null, null, true, true, false);
        ExportContent content = ExportContent.of(dataset, spec, Locale.ROOT, 0);
        PngExporter exporter = new PngExporter();
        Path target = dir.resolve("bench.png");
        long[][] t = new long[5][RUNS];
        long bytes = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            PngExporter.Result r = exporter.export(content, target, p -> { });
            if (i >= WARMUP) {
                int k = i - WARMUP;
                t[0][k] = r.drawNanos();
                t[1][k] = r.snapshotNanos();
                t[2][k] = r.encodeNanos();
                t[3][k] = r.writeNanos();
                t[4][k] = r.totalNanos();
                bytes = r.bytes();
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %,d | %d×%d | %s | %s | %s | %s | **%s** | %,d B |%n", name,
                content.shown().size(), spec.pixelWidth(), spec.pixelHeight(), ms(t[0]), ms(t[1]), ms(t[2]), ms(t[3]),
                ms(t[4]), bytes);
    }

    /** Median and range in ms. */
    private static String ms(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.0f ms [%.0f–%.0f]", s[s.length / 2] / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6);
    }
}
