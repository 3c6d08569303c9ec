package org.sightline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sightline.app.SightlineApp;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.Organisation;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.TimelineView;

/**
 * The timeline benchmark, with the peer (vis-timeline) harness's data and protocol: the same seeded
 * items at 1k, 10k and 100k in a 1600×900 view, headless (Monocle, software pipeline). Each (N, rep)
 * runs in a fresh JVM. Run with {@code mvn -Pbench-timeline -DskipTests verify} (see docs/performance.md).
 * <p>
 * A frame counts as rendered when a job submitted to JavaFX's render thread after the pulse that drew
 * it has run, so rasterisation of the frame is included (the peer's "painted" excludes rasterisation).
 * With {@code --floor} the view is a {@link FloorView}: what any frame that repaints the whole canvas
 * costs here before a single mark is drawn (its load figure means nothing). With {@code --window} the
 * same protocol runs in the application's whole window, with every panel following the view. With
 * {@code --layout} only the layout of the same windows is timed, in this JVM ({@link LayoutBenchmark}).
 */
public final class TimelineBenchmark {

    private static final int SEED = 20240611;
    private static final int STEPS = 10;
    /** --tag X: names this run's JSON and logs (timeline-bench-X.json), so variants can sit side by side. */
    private static String tag = "";

    private Stage stage;
    private ViewState state;
    private ExecutorService renderThread;

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--child")) {
            BenchSupport.headless();
            try {
                new TimelineBenchmark().child(Integer.parseInt(args[1]));
            } catch (Exception | Error e) {
                e.printStackTrace();
                System.exit(1);
            }
            return;
        }
        int[] ns = {1000, 10000, 100000};
        int reps = 3;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--n")) {
                ns = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
            } else if (args[i].equals("--reps")) {
                reps = Integer.parseInt(args[i + 1]);
            }
        }
        tag = BenchSupport.commonOptions(args);
        if (Arrays.asList(args).contains("--layout")) {
            LayoutBenchmark.run(ns, reps, tag); // the layout alone, in this JVM
            return;
        }
        parent(ns, reps);
    }

    // ---- parent: one fresh JVM per (N, rep), then a summary ------------------------------------------

    private static void parent(int[] ns, int reps) throws Exception {
        List<String> lines = new ArrayList<>();
        StringBuilder json = new StringBuilder("[\n");
        System.out.printf(Locale.ROOT, "%8s %4s | %9s | %-32s | %-32s | %9s %9s%n", "N", "rep", "load ms",
                "zoom latency med/p95/max (work med)", "pan latency med/p95/max (work med)", "heap MB", "delta MB");
        for (int n : ns) {
            for (int rep = 1; rep <= reps; rep++) {
                String result = BenchSupport.runChild(TimelineBenchmark.class,
                        Path.of("target", "bench", "child-" + tag + n + "-" + rep + ".log"), Integer.toString(n));
                if (result == null) {
                    System.out.println(n + " rep " + rep + ": no result (see target/bench/child-" + tag + n + "-" + rep + ".log)");
                    continue;
                }
                String[] f = result.split(" ");
                System.out.printf(Locale.ROOT, "%8d %4d | %9s | %-32s | %-32s | %9s %9s%n", n, rep, f[0],
                        f[1] + "/" + f[2] + "/" + f[3] + " (" + f[4] + ")", f[5] + "/" + f[6] + "/" + f[7] + " (" + f[8] + ")",
                        f[9], f[10]);
                json.append(String.format(Locale.ROOT, "  {\"n\": %d, \"rep\": %d, \"load_ms\": %s, "
                        + "\"zoom_latency_ms\": {\"median\": %s, \"p95\": %s, \"max\": %s}, \"zoom_work_ms_median\": %s, "
                        + "\"pan_latency_ms\": {\"median\": %s, \"p95\": %s, \"max\": %s}, \"pan_work_ms_median\": %s, "
                        + "\"heap_used_mb\": %s, \"heap_delta_mb\": %s},%n", n, rep, f[0], f[1], f[2], f[3], f[4], f[5],
                        f[6], f[7], f[8], f[9], f[10]));
                lines.add(result);
            }
        }
        if (json.length() > 2) {
            json.setLength(json.length() - 2);
        }
        json.append("\n]\n");
        Path out = Path.of("target", "bench", "timeline-bench" + (tag.isEmpty() ? "" : "-" + tag) + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.toString());
        System.out.println("Written " + out.toAbsolutePath() + " (" + lines.size() + " runs); java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cpus");
    }

    // ---- child: one run -----------------------------------------------------------------------------

    private void child(int n) throws Exception {
        renderThread = BenchSupport.startFx();
        if (Boolean.getBoolean("bench.window")) {
            showWindow();
        } else {
            showView();
        }
        frame(() -> { }); // the empty view is on screen
        BenchSupport.warmUp(1600, 900); // as the app does after its window opens (--no-warmup: none)
        frame(() -> { });

        // Items become model events before the clock starts (the peer turns numbers into Dates first).
        List<SyntheticData.Item> items = SyntheticData.generate(n, SEED);
        List<TimelineEvent> events = PeerEvents.events(items, false);
        items = null;
        List<Organisation> lanes = PeerEvents.lanes();
        // Held only until handed over, so that once the data is unloaded nothing keeps it (the heap's delta).
        java.util.concurrent.atomic.AtomicReference<List<TimelineEvent>> handed =
                new java.util.concurrent.atomic.AtomicReference<>(events);
        events = null;

        // Load: data handed over (dataset built, state set) → first rendered frame.
        double[] load = frame(() -> state.setDataset(Dataset.builder("bench").organisations(lanes).events(handed.getAndSet(null))
                .build(), "bench"));
        System.err.printf(Locale.ROOT, "load: latency %.1f, call %.1f, pulse %.1f ms%n", load[0], load[2], load[3]);

        // --passes N: run the protocol N-1 times first and measure the N-th (the steady state).
        TimeWindow fitted = state.getVisibleWindow();
        for (int pass = 1; pass < Integer.getInteger("bench.passes", 1); pass++) {
            frame(() -> state.setVisibleWindow(fitted));
            long[] c0 = threadCpu();
            double[][] r = steps(fitted);
            long[] c1 = threadCpu();
            System.out.printf(Locale.ROOT, "PASS %d zoom work med %.1f p95 %.1f | pan work med %.1f p95 %.1f | "
                    + "CPU fx %.1f render %.1f%n", pass, BenchSupport.median(r[1]), BenchSupport.p95(r[1]),
                    BenchSupport.median(r[3]), BenchSupport.p95(r[3]), perStep(c0[0], c1[0]), perStep(c0[1], c1[1]));
        }
        frame(() -> state.setVisibleWindow(fitted));
        long[] cpu0 = threadCpu();
        double[][] measured = steps(fitted);
        double[] zoomLatency = measured[0];
        double[] zoomWork = measured[1];
        double[] panLatency = measured[2];
        double[] panWork = measured[3];
        long[] cpu1 = threadCpu();
        // Heap last: the full collections it forces made the next frame 4-5 ms slower (measured), so no
        // clock follows them. With the data loaded, then with an empty dataset (the delta is the data's cost).
        double heap = BenchSupport.heapMb();
        // An empty dataset rather than none: the view then draws again and lets go of its caches of the data.
        frame(() -> state.setDataset(Dataset.builder("empty").build(), "empty"));
        double baseline = BenchSupport.heapMb();
        // Every step's work, into the child's log (target/bench/child-N-rep.log), to see which steps are slow.
        System.err.println("zoom work " + Arrays.toString(zoomWork));
        System.err.println("pan work " + Arrays.toString(panWork));
        // CPU time per step of the two threads that make a frame: less sensitive than wall time to other
        // processes on a shared machine, so A/B comparisons of drawing changes use it.
        System.out.printf(Locale.ROOT, "CPU fx %.1f render %.1f ms per step%n", perStep(cpu0[0], cpu1[0]),
                perStep(cpu0[1], cpu1[1]));
        System.out.printf(Locale.ROOT, "RESULT %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f%n", load[0],
                BenchSupport.median(zoomLatency), BenchSupport.p95(zoomLatency), BenchSupport.max(zoomLatency), BenchSupport.median(zoomWork),
                BenchSupport.median(panLatency), BenchSupport.p95(panLatency), BenchSupport.max(panLatency), BenchSupport.median(panWork), heap, heap - baseline);
        Platform.exit();
        System.exit(0);
    }

    /** The timeline alone as the whole 1600×900 scene (--floor: the floor's bare canvas instead). */
    private void showView() throws Exception {
        BenchSupport.onFx(() -> {
            state = new ViewState();
            TimelineView view = new TimelineView(state);
            view.setAnimated(false);
            view.setClock(() -> 1_750_000_000_000L);
            stage = new Stage();
            // --floor: the same protocol on a canvas that only repaints every pixel once per change.
            stage.setScene(new Scene(Boolean.getBoolean("bench.floor") ? new FloorView(state) : view, 1600, 900));
            stage.show();
            return null;
        });
    }

    /**
     * --window: the application's whole window, 1600×900, with its panels (organisations, regions, map,
     * details, table) following the shared state as the user sees them; animations off.
     */
    private void showWindow() throws Exception {
        SightlineApp app = BenchSupport.showApplication(false);
        stage = (Stage) app.window().getScene().getWindow();
        state = app.state();
    }

    /**
     * The peer's protocol from the fitted window: 20 zoom steps about the centre, then 20 pans of a
     * one-year window. Returns {zoom latency, zoom work, pan latency, pan work} per step.
     */
    private double[][] steps(TimeWindow fitted) throws Exception {
        double[] zl = new double[2 * STEPS];
        double[] zw = new double[2 * STEPS];
        TimeWindow w = fitted;
        for (int i = 0; i < 2 * STEPS; i++) {
            double factor = i < STEPS ? 1 / 1.5 : 1.5;
            TimeWindow next = w.zoom(factor, w.startMillis() + w.duration() / 2.0);
            w = next;
            double[] r = frame(() -> state.setVisibleWindow(next));
            zl[i] = r[0];
            zw[i] = r[1];
        }
        long y2020 = java.time.LocalDate.of(2020, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long y2021 = java.time.LocalDate.of(2021, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        TimeWindow year = new TimeWindow(y2020, y2021);
        frame(() -> state.setVisibleWindow(year));
        double[] pl = new double[2 * STEPS];
        double[] pw = new double[2 * STEPS];
        w = year;
        for (int i = 0; i < 2 * STEPS; i++) {
            TimeWindow next = w.pan(w.duration() / 10);
            w = next;
            double[] r = frame(() -> state.setVisibleWindow(next));
            pl[i] = r[0];
            pw[i] = r[1];
        }
        return new double[][] {zl, zw, pl, pw};
    }

    private double[] frame(Runnable change) throws Exception {
        return BenchSupport.frame(stage.getScene(), renderThread, change);
    }

    /** CPU ms per frame of one protocol pass (20 zoom steps, the year window, 20 pans) from two readings. */
    private static double perStep(long before, long after) {
        return (after - before) / 1e6 / (4 * STEPS + 1);
    }

    private long[] threadCpu() throws Exception {
        return BenchSupport.threadCpu(renderThread);
    }
}
