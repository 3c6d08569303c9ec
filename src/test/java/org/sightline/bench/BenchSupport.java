package org.sightline.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sightline.app.SightlineApp;
import org.sightline.app.Warmup;
import org.sightline.io.BundledDataset;
import org.sightline.model.Dataset;

/** What the JavaFX benchmarks share: fresh child JVMs, headless start, the rendered-frame probe, heap, statistics. */
final class BenchSupport {

    private BenchSupport() {
    }

    static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * The options both benchmarks share: {@code --no-warmup} (a cold JVM), {@code --passes N} (measure the
     * N-th pass of the protocol), {@code --floor} (the timeline benchmark on a {@link FloorView}),
     * {@code --window} (the protocol in the application's whole window), {@code --jvm A,B} (more options for
     * each child JVM) and {@code --tag X}, which is
     * returned (empty when absent). The others become {@code bench.*} properties, which {@link #runChild}
     * hands to every child.
     */
    static String commonOptions(String[] args) {
        String tag = "";
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            if (args[i].equals("--no-warmup")) {
                System.setProperty("bench.warmup", "false");
            } else if (args[i].equals("--floor")) {
                System.setProperty("bench.floor", "true");
            } else if (args[i].equals("--coarse")) {
                System.setProperty("bench.coarse", "true");
            } else if (args[i].equals("--window")) {
                System.setProperty("bench.window", "true");
            } else if (args[i].equals("--jvm") && hasValue) {
                System.setProperty("bench.jvm", args[i + 1]);
            } else if (args[i].equals("--passes") && hasValue) {
                System.setProperty("bench.passes", args[i + 1]);
            } else if (args[i].equals("--tag") && hasValue) {
                tag = args[i + 1];
            }
        }
        return tag;
    }

    /**
     * Runs {@code main} with {@code --child args…} in a fresh JVM (stderr to {@code log}) and returns the
     * text after "RESULT " on its last such line, or null when it printed none.
     */
    static String runChild(Class<?> main, Path log, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-Duser.language=en"));
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("bench.") && !key.equals("bench.args") && !key.equals("bench.jvm")) { // e.g. bench.warmup=false from --no-warmup
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        // --jvm -A,-B: more options for every child JVM (split at commas before a "-"), e.g. -Djavafx.pulseLogger=true.
        command.addAll(Arrays.asList(System.getProperty("bench.jvm", "").split(",(?=-)")));
        command.removeIf(String::isEmpty);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), "--child"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Files.createDirectories(log.getParent());
        pb.redirectError(log.toFile());
        Process p = pb.start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("PASS ") || line.startsWith("WARMUP ")) {
                    System.out.println(log.getFileName() + ": " + line);
                }
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                } else if (line.startsWith("CPU ")) {
                    System.out.println(log.getFileName() + ": " + line); // per-thread CPU per step, when reported
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return null;
        }
        return result;
    }

    /**
     * Runs the application's start-up warm-up ({@link Warmup}, what the app does after its window opens)
     * to its end, unless {@code --no-warmup} (the property {@code bench.warmup=false}); returns its wall time in ms (0 when skipped).
     */
    static double warmUp(double width, double height) throws Exception {
        if ("false".equals(System.getProperty("bench.warmup"))) {
            return 0;
        }
        long t0 = System.nanoTime();
        // As the app: its briefing is the bundled dataset's, read (off the FX thread) before the warm-up.
        Dataset story = BundledDataset.load().datasetIfValid().orElse(null);
        int frames = onFx(() -> Warmup.start(width, height, story)).get(2, TimeUnit.MINUTES);
        double ms = (System.nanoTime() - t0) / 1e6;
        // The JIT compiles what the warm-up made hot on its own threads for a while after it; a user
        // choosing a file in the meantime would not notice. Wait until it has been idle for half a second.
        var jit = ManagementFactory.getCompilationMXBean();
        long t1 = System.nanoTime();
        long last = jit.getTotalCompilationTime();
        for (int quiet = 0; quiet < 5 && System.nanoTime() - t1 < 20_000_000_000L; ) {
            Thread.sleep(100);
            long now = jit.getTotalCompilationTime();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        System.out.printf(java.util.Locale.ROOT, "WARMUP %d frames in %.0f ms, JIT idle after %.0f ms more%n", frames,
                ms, (System.nanoTime() - t1) / 1e6);
        return ms;
    }

    /** Starts the JavaFX platform and returns its render thread. */
    static ExecutorService startFx() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        return renderThread();
    }

    /** JavaFX's render thread (a single-thread executor), so a job queued after a frame runs once it is drawn. */
    private static ExecutorService renderThread() throws Exception {
        Class<?> c = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer");
        Method m = c.getDeclaredMethod("getInstance");
        m.setAccessible(true);
        return (ExecutorService) m.invoke(null);
    }

    /**
     * Runs {@code change} on the FX thread and waits until the frame showing it has been rendered.
     * Returns {latency, work, call, fx} in ms: latency from the call to the render thread finishing the frame;
     * work leaves out the wait for the pulse (the call, plus pulse start to frame rendered); call is the
     * change itself; fx is the pulse's CSS and layout pass on the FX thread (where a Canvas control draws).
     */
    static double[] frame(Scene scene, ExecutorService renderThread, Runnable change) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] t = new long[5];
            Runnable[] pre = new Runnable[1];
            Runnable[] post = new Runnable[1];
            pre[0] = () -> {
                scene.removePreLayoutPulseListener(pre[0]);
                t[2] = System.nanoTime();
            };
            post[0] = () -> {
                scene.removePostLayoutPulseListener(post[0]);
                t[4] = System.nanoTime();
                Platform.runLater(() -> renderThread.execute(() -> {
                    t[3] = System.nanoTime();
                    done.complete(t);
                }));
            };
            t[0] = System.nanoTime();
            try {
                change.run();
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                return;
            }
            t[1] = System.nanoTime();
            scene.addPreLayoutPulseListener(pre[0]);
            scene.addPostLayoutPulseListener(post[0]);
            scene.getRoot().requestLayout();
            Platform.requestNextPulse();
        });
        long[] t = done.get(5, TimeUnit.MINUTES);
        return new double[] {(t[3] - t[0]) / 1e6, ((t[1] - t[0]) + (t[3] - t[2])) / 1e6, (t[1] - t[0]) / 1e6,
            (t[4] - t[2]) / 1e6};
    }

    /**
     * The application's whole window (the benchmarks' {@code --window}), 1600×900 (or, when {@code
     * fullScreen}, left to go full screen on the headless screen as presenting does), the timeline's
     * animations off and its clock fixed. The app's own warm-up is off: the benchmark runs it itself before any clock
     * ({@link #warmUp}); the app's would draw offscreen frames between the measured steps.
     */
    static SightlineApp showApplication(boolean fullScreen) throws Exception {
        System.setProperty("sightline.warmup", "false");
        // Settings of its own: switching animations off below must not reach a user's preferences.
        System.setProperty(org.sightline.controller.AppPreferences.ROOT_PROPERTY, "sightline-bench");
        return onFx(() -> {
            SightlineApp app = new SightlineApp();
            Stage stage = new Stage();
            app.show(stage, null);
            if (!fullScreen) {
                stage.setWidth(1600);
                stage.setHeight(900);
            }
            app.window().setAnimated(false); // transitions and the map's pulse (View → Animations)
            app.window().timeline().view().setClock(() -> 1_750_000_000_000L);
            return app;
        });
    }

    /** CPU nanoseconds used so far by the FX thread and by JavaFX's render thread. */
    static long[] threadCpu(ExecutorService renderThread) throws Exception {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long fx = onFx(mx::getCurrentThreadCpuTime);
        long render = renderThread.submit(mx::getCurrentThreadCpuTime).get();
        return new long[] {fx, render};
    }

    static <T> T onFx(Callable<T> task) throws Exception {
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

    /** Used heap in MiB after a few full collections. */
    static double heapMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double p95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
