package org.sightline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sightline.app.SightlineApp;
import org.sightline.controller.BriefingController;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledDataset;
import org.sightline.model.Briefing;
import org.sightline.model.Dataset;
import org.sightline.model.Organisation;
import org.sightline.model.TimelineEvent;
import org.sightline.view.MainWindow;
import org.sightline.view.PresentationLayer;
import org.sightline.view.timeline.TimelineView;

/**
 * The briefing benchmark, with the TimelineJS peer harness's protocol ({@code ../shared/bench/peer-timelinejs}):
 * load = data handed over → first rendered frame showing the first step; then up to 20 "next step" calls,
 * each timed until the frame showing it is rendered. A 1600×900 scene holds the timeline control (animation
 * off) under the presenting caption card, headless (Monocle, software pipeline), one fresh JVM per (case, rep).
 * Run with {@code mvn -Pbench-briefing -DskipTests verify} (see docs/performance.md).
 * <p>
 * Cases: {@code curated} (the bundled dataset and its shipped briefing), {@code curated-auto} (the bundled
 * dataset, one step per event) and a number N (the peer's N seeded items, one step per event, as TimelineJS
 * has one slide per event). A frame counts as rendered when a job queued on JavaFX's render thread after
 * the pulse that drew it has run, so rasterisation is included (the peer's "painted" excludes it).
 */
public final class BriefingBenchmark {

    private static final int SEED = 20240611;
    private static final int STEPS = 20;
    /** --tag X: names this run's JSON and logs (briefing-bench-X.json), so variants can sit side by side. */
    private static String tag = "";

    private Stage stage;
    private ViewState state;
    private BriefingController briefings;
    private ExecutorService renderThread;

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--child")) {
            BenchSupport.headless();
            if (Boolean.getBoolean("bench.window")) {
                // Presenting in the app goes full screen: a 1600x900 screen, as the bare scene.
                System.setProperty("headless.geometry", "1600x900-32");
            }
            try {
                new BriefingBenchmark().child(args[1]);
            } catch (Exception | Error e) {
                e.printStackTrace();
                System.exit(1);
            }
            return;
        }
        List<String> cases = List.of("curated", "curated-auto", "25", "100", "1000");
        int reps = 3;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--cases")) {
                cases = Arrays.asList(args[i + 1].split(","));
            } else if (args[i].equals("--reps")) {
                reps = Integer.parseInt(args[i + 1]);
            }
        }
        tag = BenchSupport.commonOptions(args);
        parent(cases, reps);
    }

    // ---- parent: one fresh JVM per (case, rep), then a summary --------------------------------------

    private static final String[] FIELDS = {"events", "steps_in_briefing", "load_ms", "load_work_ms", "load_call_ms",
        "parse_ms", "next_steps", "next_latency_median_ms", "next_latency_p95_ms", "next_latency_max_ms",
        "next_work_median_ms", "next_call_median_ms", "next_fx_median_ms", "load_fx_ms", "warm_load_ms", "heap_used_mb",
        "heap_delta_mb", "next_steps_not_advancing"};

    private static void parent(List<String> cases, int reps) throws Exception {
        StringBuilder json = new StringBuilder("[\n");
        int runs = 0;
        System.out.printf(Locale.ROOT, "%-13s %5s %4s | %8s %7s %7s %7s | %5s | %-26s %6s %6s | %7s %7s%n", "case", "N",
                "rep", "load ms", "fx ms", "warm ms", "parse", "steps", "next ms med / p95 / max", "work", "fx",
                "heap MB", "delta");
        for (String c : cases) {
            for (int rep = 1; rep <= reps; rep++) {
                String result = BenchSupport.runChild(BriefingBenchmark.class,
                        Path.of("target", "bench", "briefing-" + tag + c + "-" + rep + ".log"), c);
                if (result == null) {
                    System.out.println(c + " rep " + rep + ": no result (see target/bench/briefing-" + c + "-" + rep
                            + ".log)");
                    continue;
                }
                String[] f = result.split(" ");
                System.out.printf(Locale.ROOT, "%-13s %5s %4d | %8s %7s %7s %7s | %5s | %-26s %6s %6s | %7s %7s%s%n", c,
                        f[0], rep, f[2], f[13], f[14], f[5], f[6], f[7] + " / " + f[8] + " / " + f[9], f[10], f[12],
                        f[15], f[16], f[17].equals("0") ? "" : "  (" + f[17] + " steps did not advance!)");
                json.append(String.format(Locale.ROOT, "  {\"case\": \"%s\", \"rep\": %d", c, rep));
                for (int i = 0; i < FIELDS.length; i++) {
                    json.append(", \"").append(FIELDS[i]).append("\": ").append(f[i]);
                }
                json.append("},\n");
                runs++;
            }
        }
        if (runs > 0) {
            json.setLength(json.length() - 2);
        }
        json.append("\n]\n");
        Path out = Path.of("target", "bench", "briefing-bench" + (tag.isEmpty() ? "" : "-" + tag) + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.toString());
        System.out.println("Written " + out.toAbsolutePath() + " (" + runs + " runs); java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cpus");
    }

    // ---- child: one run -----------------------------------------------------------------------------

    private void child(String which) throws Exception {
        renderThread = BenchSupport.startFx();
        if (Boolean.getBoolean("bench.window")) {
            showWindow();
        } else {
            showScene();
        }
        frame(() -> { }); // the empty view is on screen
        BenchSupport.warmUp(1600, 900); // as the app does after its window opens (--no-warmup: none)
        frame(() -> { });

        // Before the clock: the data as model objects (the peer builds its JSON object before its clock).
        boolean curated = which.startsWith("curated");
        double parseMs = 0;
        Dataset parsed = null;
        List<TimelineEvent> events = null;
        List<Organisation> lanes = null;
        if (curated) {
            long t0 = System.nanoTime();
            parsed = BundledDataset.load().datasetIfValid().orElseThrow();
            parseMs = (System.nanoTime() - t0) / 1e6;
        } else {
            int n = Integer.parseInt(which);
            events = PeerEvents.events(SyntheticData.generate(n, SEED), true);
            lanes = PeerEvents.lanes();
        }
        boolean shipped = which.equals("curated");
        // Held in an array so that the data can be let go before the heap's baseline reading.
        Object[] data = {parsed, events, lanes};
        parsed = null;
        events = null;
        lanes = null;

        // Load: data handed over (dataset built for synthetic data, state set, briefing made and started)
        // → first rendered frame showing step 1.
        Briefing[] started = new Briefing[1];
        double[] load = frame(() -> started[0] = load(data, shipped));
        if (!briefings.isPresenting() || briefings.stepIndexProperty().get() != 0) {
            throw new IllegalStateException("the briefing did not start at step 1");
        }

        int steps = Math.min(STEPS, started[0].steps().size() - 1);
        // --passes N: step through N-1 times first and measure the N-th time (the steady state).
        for (int pass = 1; pass < Integer.getInteger("bench.passes", 1); pass++) {
            long[] c0 = BenchSupport.threadCpu(renderThread);
            double[] w = new double[steps];
            for (int i = 0; i < steps; i++) {
                w[i] = frame(briefings::next)[1];
            }
            long[] c1 = BenchSupport.threadCpu(renderThread);
            System.out.printf(Locale.ROOT, "PASS %d step work med %.1f p95 %.1f | CPU fx %.1f render %.1f%n", pass,
                    BenchSupport.median(w), BenchSupport.p95(w), (c1[0] - c0[0]) / 1e6 / steps,
                    (c1[1] - c0[1]) / 1e6 / steps);
            frame(briefings::first);
        }
        double[] latency = new double[steps];
        double[] work = new double[steps];
        double[] call = new double[steps];
        double[] fx = new double[steps];
        int notAdvancing = 0;
        long[] cpu0 = BenchSupport.threadCpu(renderThread);
        for (int i = 0; i < steps; i++) {
            int before = briefings.stepIndexProperty().get();
            double[] r = frame(briefings::next);
            latency[i] = r[0];
            work[i] = r[1];
            call[i] = r[2];
            fx[i] = r[3];
            String expected = started[0].steps().get(before + 1).eventId();
            boolean followed = expected == null || (state.getSelectedEvent() != null
                    && expected.equals(state.getSelectedEvent().id()));
            if (briefings.stepIndexProperty().get() != before + 1 || !followed) {
                notAdvancing++;
            }
        }
        long[] cpu1 = BenchSupport.threadCpu(renderThread);
        System.err.println("step work " + Arrays.toString(work)); // every step, into the child's log
        // CPU of the two threads that make a frame, per step: steadier than wall time on a shared machine.
        System.out.printf(Locale.ROOT, "CPU fx %.1f render %.1f ms per step%n", (cpu1[0] - cpu0[0]) / 1e6 / steps,
                (cpu1[1] - cpu0[1]) / 1e6 / steps);
        int eventCount = state.getDataset().events().size();

        // The same load again in this now warm JVM (not the headline figure: the peer's load is cold too).
        frame(() -> state.setDataset(null, null));
        double[] warm = frame(() -> load(data, shipped));
        // Heap last: the full collections it forces made the next frame 4-5 ms slower (measured), so no
        // clock follows them. With the briefing loaded, then without the data (the delta is its cost).
        double heap = BenchSupport.heapMb();
        frame(() -> {
            briefings.stop();
            state.setDataset(Dataset.builder("empty").build(), "empty"); // the view lets go of its caches too
        });
        java.util.Arrays.fill(data, null);
        double baseline = BenchSupport.heapMb();

        System.out.printf(Locale.ROOT, "RESULT %d %d %.1f %.1f %.1f %.1f %d %.1f %.1f %.1f %.1f %.2f %.1f %.1f %.1f "
                + "%.1f %.1f %d%n", eventCount, started[0].steps().size(), load[0], load[1], load[2], parseMs, steps,
                BenchSupport.median(latency), BenchSupport.p95(latency), BenchSupport.max(latency),
                BenchSupport.median(work), BenchSupport.median(call), BenchSupport.median(fx), load[3], warm[0],
                heap, heap - baseline, notAdvancing);
        javafx.application.Platform.exit();
        System.exit(0);
    }

    /**
     * --window: the application's whole window, presenting full screen as it does (the timeline, the linked
     * panels and the caption card; the panels follow each step), animations off.
     */
    private void showWindow() throws Exception {
        SightlineApp app = BenchSupport.showApplication(true);
        stage = (Stage) app.window().getScene().getWindow();
        state = app.state();
        briefings = app.briefings();
    }

    /** What presenting shows of the timeline: the control under the caption card, presenting type size. */
    private void showScene() throws Exception {
        BenchSupport.onFx(() -> {
            state = new ViewState();
            briefings = new BriefingController(state);
            TimelineView view = new TimelineView(state);
            briefings.setFraming(view::windowShowingLabel); // as the app frames its steps
            view.setAnimated(false);
            view.setClock(() -> 1_750_000_000_000L);
            StackPane root = new StackPane(view);
            if (!Boolean.getBoolean("bench.noCaption")) { // -Dbench.noCaption=true: the timeline alone
                PresentationLayer layer = new PresentationLayer(briefings);
                layer.placeOver(view); // over the timeline, which lays out above it, as the app places it
                root.getChildren().add(layer);
            }
            root.getStyleClass().addAll("main-window", "presenting", "screen-medium");
            Scene scene = new Scene(root, 1600, 900);
            scene.getStylesheets().add(MainWindow.class.getResource("sightline.css").toExternalForm());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    /** Builds the dataset when given events, sets it on the state and starts its briefing at step 1. */
    @SuppressWarnings("unchecked")
    private Briefing load(Object[] data, boolean shipped) {
        Dataset ready = (Dataset) data[0];
        List<TimelineEvent> events = (List<TimelineEvent>) data[1];
        List<Organisation> lanes = (List<Organisation>) data[2];
        Dataset d = ready != null ? ready
                : Dataset.builder("Peer benchmark: " + events.size() + " events").organisations(lanes).events(events)
                .build();
        state.setDataset(d, "bench");
        Briefing b = shipped ? d.defaultBriefing() : Briefing.automatic(d);
        briefings.start(b);
        return b;
    }

    private double[] frame(Runnable change) throws Exception {
        return BenchSupport.frame(stage.getScene(), renderThread, change);
    }
}
