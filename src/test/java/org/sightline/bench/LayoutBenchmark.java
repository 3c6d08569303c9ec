package org.sightline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sightline.model.Dataset;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.sightline.view.timeline.EventText;
import org.sightline.view.timeline.LaneModel;
import org.sightline.view.timeline.Navigator;
import org.sightline.view.timeline.TimeScale;
import org.sightline.view.timeline.TimelineLayout;

/**
 * The layout alone, on the timeline benchmark's data and windows: {@link TimelineLayout#compute} for each
 * window of the peer's protocol (ten zooms in by 1.5 from the fit, ten out, then twenty pans of a tenth of a
 * year), in this JVM, without JavaFX, so that a change to the layout is measured without the frame's noise.
 * Labels are 7 px a character. Each window is laid out {@code LAYOUTS} times in a row per rep; the figure
 * is the best rep's mean. Run it as {@code mvn -Pbench-timeline -DskipTests verify -Dbench.args="--layout"}.
 */
final class LayoutBenchmark {

    private static final int SEED = 20240611;
    private static final int LAYOUTS = 20;
    private static final double X0 = 150;
    private static final double PLOT = 1440;
    private static final double TOP = 40;
    private static final double BOTTOM = 860;

    private LayoutBenchmark() {
    }

    static void run(int[] ns, int reps, String tag) throws Exception {
        StringBuilder json = new StringBuilder("[\n");
        System.out.printf(Locale.ROOT, "%8s | %10s %10s | %10s %10s | %s%n", "N", "zoom µs", "worst", "pan µs", "worst",
                "each zoom window, µs");
        for (int n : ns) {
            Dataset d = Dataset.builder("bench").organisations(PeerEvents.lanes())
                    .events(PeerEvents.events(SyntheticData.generate(n, SEED), false)).build();
            LaneModel lanes = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION, Set.of());
            EventText text = new EventText(d.events(), Locale.UK, s -> s.length() * 7.0);
            List<TimeWindow> zooms = zoomWindows(Navigator.of(d).fit());
            List<TimeWindow> pans = panWindows();
            TimelineLayout layout = new TimelineLayout();
            double[] zoom = best(layout, lanes, text, zooms, Math.max(reps, 5));
            double[] pan = best(layout, lanes, text, pans, Math.max(reps, 5));
            StringBuilder each = new StringBuilder();
            for (double z : zoom) {
                each.append(String.format(Locale.ROOT, " %.0f", z));
            }
            System.out.printf(Locale.ROOT, "%8d | %10.0f %10.0f | %10.0f %10.0f |%s%n", n, sum(zoom), max(zoom), sum(pan),
                    max(pan), each);
            json.append(String.format(Locale.ROOT, "  {\"n\": %d, \"zoom_pass_us\": %.1f, \"zoom_worst_us\": %.1f, "
                    + "\"pan_pass_us\": %.1f, \"pan_worst_us\": %.1f, \"zoom_us\": %s},%n", n, sum(zoom), max(zoom),
                    sum(pan), max(pan), Arrays.toString(round(zoom))));
        }
        json.setLength(json.length() - 2);
        json.append("\n]\n");
        Path out = Path.of("target", "bench", "layout-bench" + (tag.isEmpty() ? "" : "-" + tag) + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.toString());
        System.out.println("Written " + out.toAbsolutePath() + "; µs per pass of 20 windows (best rep's mean of "
                + LAYOUTS + " layouts each); java " + System.getProperty("java.version"));
    }

    /** The timeline benchmark's zoom windows: ten steps in by 1.5 about the centre from the fit, ten out. */
    private static List<TimeWindow> zoomWindows(TimeWindow fitted) {
        List<TimeWindow> windows = new ArrayList<>();
        TimeWindow w = fitted;
        for (int i = 0; i < 20; i++) {
            w = w.zoom(i < 10 ? 1 / 1.5 : 1.5, w.startMillis() + w.duration() / 2.0);
            windows.add(w);
        }
        return windows;
    }

    /** The timeline benchmark's pans: a 2020 window moved later by a tenth of its width twenty times. */
    private static List<TimeWindow> panWindows() {
        long start = LocalDate.of(2020, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long end = LocalDate.of(2021, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<TimeWindow> windows = new ArrayList<>();
        TimeWindow w = new TimeWindow(start, end);
        for (int i = 0; i < 20; i++) {
            w = w.pan(w.duration() / 10);
            windows.add(w);
        }
        return windows;
    }

    /** The fastest rep's mean µs per layout of each window. */
    private static double[] best(TimelineLayout layout, LaneModel lanes, EventText text, List<TimeWindow> windows,
                                 int reps) {
        double[] best = new double[windows.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int rep = 0; rep < reps; rep++) {
            for (int i = 0; i < windows.size(); i++) {
                TimeScale scale = new TimeScale(windows.get(i), X0, PLOT);
                long t0 = System.nanoTime();
                for (int k = 0; k < LAYOUTS; k++) {
                    layout.compute(lanes, text, scale, TOP, BOTTOM, 1);
                }
                best[i] = Math.min(best[i], (System.nanoTime() - t0) / 1e3 / LAYOUTS);
            }
        }
        return best;
    }

    private static double sum(double[] v) {
        return Arrays.stream(v).sum();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }
}
