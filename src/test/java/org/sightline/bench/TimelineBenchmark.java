package org.sightline.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
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
 */
public final class TimelineBenchmark {

    private static final int SEED = 20240611;
    private static final int STEPS = 10;

    private Stage stage;
    private ViewState state;
    private ExecutorService renderThread;

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--child")) {
            headless();
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
        parent(ns, reps);
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
    }

    // ---- parent: one fresh JVM per (N, rep), then a summary ------------------------------------------

    private static void parent(int[] ns, int reps) throws Exception {
        List<String> lines = new ArrayList<>();
        StringBuilder json = new StringBuilder("[\n");
        System.out.printf(Locale.ROOT, "%8s %4s | %9s | %-32s | %-32s | %9s %9s%n", "N", "rep", "load ms",
                "zoom latency med/p95/max (work med)", "pan latency med/p95/max (work med)", "heap MB", "delta MB");
        for (int n : ns) {
            for (int rep = 1; rep <= reps; rep++) {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                ProcessBuilder pb = new ProcessBuilder(java, "-Xmx2g", "-Duser.language=en", "-cp",
                        System.getProperty("java.class.path"), TimelineBenchmark.class.getName(), "--child",
                        Integer.toString(n));
                Path log = Path.of("target", "bench", "child-" + n + "-" + rep + ".log");
                Files.createDirectories(log.getParent());
                pb.redirectError(log.toFile());
                Process p = pb.start();
                String result = null;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("CPU ")) {
                            System.out.println(n + " rep " + rep + ": " + line);
                        }
                        if (line.startsWith("RESULT ")) {
                            result = line.substring(7);
                        }
                    }
                }
                if (!p.waitFor(10, TimeUnit.MINUTES) || result == null) {
                    System.out.println(n + " rep " + rep + ": no result (exit " + p.exitValue() + ")");
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
        Path out = Path.of("target", "bench", "timeline-bench.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.toString());
        System.out.println("Written " + out.toAbsolutePath() + " (" + lines.size() + " runs); java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cpus");
    }

    // ---- child: one run -----------------------------------------------------------------------------

    private void child(int n) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        renderThread = renderThread();
        onFx(() -> {
            state = new ViewState();
            TimelineView view = new TimelineView(state);
            view.setAnimated(false);
            view.setClock(() -> 1_750_000_000_000L);
            stage = new Stage();
            stage.setScene(new Scene(view, 1600, 900));
            stage.show();
            return null;
        });
        frame(() -> { }); // the empty view is on screen
        double baseline = heapMb();

        // Items become model events before the clock starts (the peer turns numbers into Dates first).
        List<SyntheticData.Item> items = SyntheticData.generate(n, SEED);
        List<TimelineEvent> events = new ArrayList<>(n);
        for (SyntheticData.Item it : items) {
            events.add(new TimelineEvent("i" + it.id(), it.label(), second(it.start()),
                    it.range() ? second(it.end()) : null, null, "", List.of("lane-" + it.lane()), List.of(),
                    EventStatus.OCCURRED, null, List.of(), List.of(), null));
        }
        items = null;
        List<Organisation> lanes = new ArrayList<>();
        String[] colours = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7a5195", "#444444"};
        for (int k = 1; k <= SyntheticData.LANES; k++) {
            lanes.add(new Organisation("lane-" + k, "Lane " + k, null, null, null, colours[k - 1], null));
        }
        final List<TimelineEvent> handed = events;
        events = null;

        // Load: data handed over (dataset built, state set) → first rendered frame.
        double[] load = frame(() -> state.setDataset(Dataset.builder("bench").organisations(lanes).events(handed)
                .build(), "bench"));
        double heap = heapMb();

        TimeWindow fitted = state.getVisibleWindow();
        long[] cpu0 = threadCpu();
        double[] zoomLatency = new double[2 * STEPS];
        double[] zoomWork = new double[2 * STEPS];
        TimeWindow w = fitted;
        for (int i = 0; i < 2 * STEPS; i++) {
            double factor = i < STEPS ? 1 / 1.5 : 1.5;
            TimeWindow next = w.zoom(factor, w.startMillis() + w.duration() / 2.0);
            w = next;
            double[] r = frame(() -> state.setVisibleWindow(next));
            zoomLatency[i] = r[0];
            zoomWork[i] = r[1];
        }
        long y2020 = java.time.LocalDate.of(2020, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long y2021 = java.time.LocalDate.of(2021, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        TimeWindow year = new TimeWindow(y2020, y2021);
        frame(() -> state.setVisibleWindow(year));
        double[] panLatency = new double[2 * STEPS];
        double[] panWork = new double[2 * STEPS];
        w = year;
        for (int i = 0; i < 2 * STEPS; i++) {
            TimeWindow next = w.pan(w.duration() / 10);
            w = next;
            double[] r = frame(() -> state.setVisibleWindow(next));
            panLatency[i] = r[0];
            panWork[i] = r[1];
        }
        long[] cpu1 = threadCpu();
        // Every step's work, into the child's log (target/bench/child-N-rep.log), to see which steps are slow.
        System.err.println("zoom work " + Arrays.toString(zoomWork));
        System.err.println("pan work " + Arrays.toString(panWork));
        // CPU time per step of the two threads that make a frame: less sensitive than wall time to other
        // processes on a shared machine, so A/B comparisons of drawing changes use it.
        System.out.printf(Locale.ROOT, "CPU fx %.1f render %.1f ms per step%n", (cpu1[0] - cpu0[0]) / 1e6 / (4 * STEPS + 1),
                (cpu1[1] - cpu0[1]) / 1e6 / (4 * STEPS + 1));
        System.out.printf(Locale.ROOT, "RESULT %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f%n", load[0],
                median(zoomLatency), p95(zoomLatency), max(zoomLatency), median(zoomWork),
                median(panLatency), p95(panLatency), max(panLatency), median(panWork), heap, heap - baseline);
        Platform.exit();
        System.exit(0);
    }

    private static PartialDate second(long millis) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC);
        return PartialDate.ofSecond(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), ZoneOffset.UTC);
    }

    /**
     * Runs {@code change} on the FX thread and waits until the frame showing it has been rendered.
     * Returns {latency, work} in ms: latency from the call to the render thread finishing the frame;
     * work leaves out the wait for the pulse (the call, plus pulse start to frame rendered).
     */
    private double[] frame(Runnable change) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            long[] t = new long[4];
            Runnable[] pre = new Runnable[1];
            Runnable[] post = new Runnable[1];
            pre[0] = () -> {
                scene.removePreLayoutPulseListener(pre[0]);
                t[2] = System.nanoTime();
            };
            post[0] = () -> {
                scene.removePostLayoutPulseListener(post[0]);
                Platform.runLater(() -> renderThread.execute(() -> {
                    t[3] = System.nanoTime();
                    done.complete(t);
                }));
            };
            t[0] = System.nanoTime();
            change.run();
            t[1] = System.nanoTime();
            scene.addPreLayoutPulseListener(pre[0]);
            scene.addPostLayoutPulseListener(post[0]);
            scene.getRoot().requestLayout();
            Platform.requestNextPulse();
        });
        long[] t = done.get(5, TimeUnit.MINUTES);
        return new double[] {(t[3] - t[0]) / 1e6, ((t[1] - t[0]) + (t[3] - t[2])) / 1e6};
    }

    /** CPU nanoseconds used so far by the FX thread and by the render thread. */
    private long[] threadCpu() throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        long fx = onFx(mx::getCurrentThreadCpuTime);
        long render = renderThread.submit(mx::getCurrentThreadCpuTime).get();
        return new long[] {fx, render};
    }

    /** JavaFX's render thread (a single-thread executor), so a job queued after a frame runs once it is drawn. */
    private static ExecutorService renderThread() throws Exception {
        Class<?> c = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer");
        Method m = c.getDeclaredMethod("getInstance");
        m.setAccessible(true);
        return (ExecutorService) m.invoke(null);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    private static double heapMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double p95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
