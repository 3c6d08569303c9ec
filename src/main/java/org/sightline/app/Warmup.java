package org.sightline.app;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import org.sightline.controller.BriefingController;
import org.sightline.controller.ViewState;
import org.sightline.model.Briefing;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.view.HierarchyCheckTree;
import org.sightline.view.MainWindow;
import org.sightline.view.PresentationLayer;
import org.sightline.view.RegionPanel;
import org.sightline.view.timeline.TimelineView;

/**
 * Start-up warm-up: after the window opens, Sightline draws a made-up timeline offscreen for about six
 * seconds (loading it, zooming, panning, highlighting, stepping a briefing), one frame per pulse, so
 * that the first file the user opens and the first zooms, pans and briefing steps run compiled code
 * instead of the JVM's interpreter. The made-up data lives in its own {@link ViewState} and never
 * touches the user's; it pauses while the user works in the window. Turn it off with
 * {@code -Dsightline.warmup=false}.
 */
public final class Warmup {

    /** The warm-up waits this long after the user's last mouse, key or scroll input in the window. */
    static final long PAUSE_AFTER_INPUT_NANOS = 600_000_000L;

    private final ViewState state = new ViewState();
    private final BriefingController briefings = new BriefingController(state);
    private final TimelineView view = new TimelineView(state);
    private final StackPane root;
    private final Scene scene;
    private final WritableImage image;
    private final List<Runnable> script = new ArrayList<>();
    /** The presenting type size the app would use on this screen, so its glyphs are the ones warmed. */
    private final String screenClass = MainWindow.presentingScreenClass(Screen.getPrimary().getBounds().getHeight());
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private int next;
    private long lastInput = Long.MIN_VALUE;

    /** {@code story}: a dataset whose briefing the warm-up presents (the app's bundled one), or null. */
    Warmup(double width, double height, Dataset story) {
        view.setAnimated(false);
        briefings.setFraming(view::windowShowingLabel);
        // The linked panels too, as the window shows them beside the timeline, so that their code is
        // compiled before the first real zoom or briefing step makes them follow.
        VBox panels = new VBox(HierarchyCheckTree.organisations(state), new RegionPanel(state));
        panels.setPrefWidth(360);
        HBox.setHgrow(view, Priority.ALWAYS);
        PresentationLayer layer = new PresentationLayer(briefings);
        layer.placeOver(view);
        root = new StackPane(new HBox(panels, view), layer);
        root.getStyleClass().add("main-window");
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("sightline.css").toExternalForm());
        image = new WritableImage((int) width, (int) height);
        Dataset large = sample("Warm-up", 8, 4000, 20241125L);
        // The shipped briefing (real organisations and places for the panels), else a made-up one.
        Dataset small = story != null ? story : sample("Warm-up briefing", 4, 30, 7L);
        // Code that runs once per frame or per step gets compiled after a few hundred calls, so the
        // script goes round more than once: a single pass left the first real steps half interpreted.
        explore(large);
        present(small);
        // The timeline alone, as wide as the window, as when the panels are narrow or presenting hides them.
        script.add(() -> {
            panels.setVisible(false);
            panels.setManaged(false);
        });
        explore(large);
        script.add(() -> {
            panels.setVisible(true);
            panels.setManaged(true);
        });
        script.add(() -> state.setDataset(null, null));
    }

    /**
     * Starts the warm-up on the JavaFX thread (call it there, after the window is shown). The future
     * completes with the number of frames drawn.
     */
    public static CompletableFuture<Integer> start(double width, double height) {
        return start(width, height, null);
    }

    /** As {@link #start(double, double)}, presenting the briefing of {@code story} (null: a made-up one). */
    public static CompletableFuture<Integer> start(double width, double height, Dataset story) {
        return start(width, height, story, null, () -> false);
    }

    /**
     * As {@link #start(double, double, Dataset)}, pausing while the user works in {@code window} (its frames wait
     * until {@link #PAUSE_AFTER_INPUT_NANOS} after the last input) and while {@code busy} says so, and as
     * long again after (for example while a briefing is presented, whose transitions must not stutter, or
     * while a file loads, whose first frame must not wait).
     */
    public static CompletableFuture<Integer> start(double width, double height, Dataset story, Scene window,
                                                   BooleanSupplier busy) {
        Warmup w = new Warmup(Math.max(200, width), Math.max(200, height), story);
        EventHandler<InputEvent> input = e -> w.userInput(System.nanoTime());
        if (window != null) {
            window.addEventFilter(InputEvent.ANY, input);
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!w.mayStep(System.nanoTime(), busy.getAsBoolean())) {
                    return;
                }
                if (!w.step()) {
                    stop();
                    if (window != null) {
                        window.removeEventFilter(InputEvent.ANY, input);
                    }
                }
            }
        }.start();
        return w.done;
    }

    void userInput(long nanos) {
        lastInput = nanos;
    }

    /**
     * True when a frame may be drawn now: the app is not busy, and neither input nor a busy spell came in
     * the last {@link #PAUSE_AFTER_INPUT_NANOS} (so the frame that shows a file just loaded, or the window
     * after a briefing, is not kept waiting behind a warm-up frame).
     */
    boolean mayStep(long nanos, boolean busy) {
        if (busy) {
            lastInput = nanos;
            return false;
        }
        return idle(nanos);
    }

    /** True when no input came in the last {@link #PAUSE_AFTER_INPUT_NANOS}. */
    boolean idle(long nanos) {
        return lastInput == Long.MIN_VALUE || nanos - lastInput >= PAUSE_AFTER_INPUT_NANOS;
    }

    /** True when {@code -Dsightline.warmup=false} was not given. */
    public static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty("sightline.warmup"));
    }

    /** Runs the next scripted change and draws its frame; false once the script is done. */
    private boolean step() {
        if (next >= script.size()) {
            done.complete(next);
            return false;
        }
        try {
            script.get(next++).run();
            scene.snapshot(image);
            return true;
        } catch (RuntimeException e) {
            // A warm-up is an optimisation: whatever goes wrong here must not reach the user.
            done.complete(next);
            return false;
        }
    }

    /** Load, fit, zoom in and out, pan a one-year window, highlight, group by status. */
    private void explore(Dataset d) {
        script.add(() -> state.setDataset(d, "warm-up"));
        for (int i = 0; i < 20; i++) {
            double factor = i < 10 ? 1 / 1.5 : 1.5;
            script.add(() -> {
                TimeWindow w = state.getVisibleWindow();
                state.setVisibleWindow(w.zoom(factor, w.startMillis() + w.duration() / 2.0));
            });
        }
        long year = 365L * TimeWindow.DAY;
        script.add(() -> {
            long start = d.extent().orElseThrow().startMillis() + 3 * year;
            state.setVisibleWindow(new TimeWindow(start, start + year));
        });
        for (int i = 0; i < 20; i++) {
            script.add(() -> state.setVisibleWindow(state.getVisibleWindow().pan(year / 10)));
        }
        script.add(() -> state.setHighlights(List.of("warm-up-2"), List.of()));
        for (int i = 0; i < 6; i++) {
            script.add(() -> state.setVisibleWindow(state.getVisibleWindow().pan(-year / 10)));
        }
        script.add(() -> state.setHighlights(List.of(), List.of()));
        script.add(() -> state.setSelectedEvent(d.events().get(d.events().size() / 2)));
        script.add(() -> state.setLaneGrouping(LaneGrouping.STATUS));
        script.add(() -> state.setLaneGrouping(LaneGrouping.ORGANISATION));
    }

    /** The presenting scene: a briefing of one step per event, stepped through twice. */
    private void present(Dataset d) {
        script.add(() -> {
            root.getStyleClass().addAll("presenting", screenClass);
            state.setDataset(d, "warm-up");
            briefings.start(d.briefings().isEmpty() ? Briefing.automatic(d) : d.defaultBriefing());
        });
        for (int i = 0; i < 60; i++) {
            script.add(() -> {
                if (!briefings.next()) {
                    briefings.first();
                }
            });
        }
        script.add(() -> {
            briefings.stop();
            root.getStyleClass().removeAll("presenting", screenClass);
        });
    }

    /**
     * Event titles (and so labels and captions) that use every letter, digit and common punctuation mark:
     * the first frames of real data then find their glyphs already rasterised at each type size.
     */
    private static final String[] TITLES = {
        "The quick brown fox jumps over the lazy dog",
        "PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS",
        "Sphinx of black quartz, judge my vow!",
        "JACKDAWS LOVE MY BIG SPHINX OF QUARTZ?",
        "0123456789 (a/b) [c] {d} <e> #1 @2 $3 %4 &5 *6 +7 =8 ~9 ^0 |_\\",
        "Tokyo: \"Japan's\" unit; U.S. Forces \u2013 Korea \u2014 \u201cactivated\u201d \u2018proposed\u2019 \u2026 \u00e9\u00fc",
    };

    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#7a5195", "#444444"};

    /** A made-up dataset: points to the second or the day, spans, month- and year-only dates, every status. */
    static Dataset sample(String title, int lanes, int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Organisation> orgs = new ArrayList<>();
        for (int k = 1; k <= lanes; k++) {
            orgs.add(new Organisation("warm-up-" + k, "Lane " + k, null, null, null, COLOURS[(k - 1) % COLOURS.length],
                    null));
        }
        EventStatus[] statuses = EventStatus.values();
        List<TimelineEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int year = 2010 + r.nextInt(15);
            int month = 1 + r.nextInt(12);
            int day = 1 + r.nextInt(28);
            int kind = r.nextInt(10);
            PartialDate start;
            PartialDate end = null;
            if (kind < 4) {
                start = PartialDate.ofDay(year, month, day);
                end = PartialDate.ofDay(year + (month == 12 ? 1 : 0), month == 12 ? 1 : month + 1, day);
            } else if (kind < 6) {
                start = PartialDate.ofMonth(year, month);
            } else if (kind < 7) {
                start = PartialDate.ofYear(year);
            } else {
                start = PartialDate.ofSecond(year, month, day, r.nextInt(24), r.nextInt(60), r.nextInt(60),
                        ZoneOffset.UTC);
            }
            events.add(new TimelineEvent("w" + i, TITLES[i % TITLES.length] + " " + i, start, end, null, "", List.of(
                    "warm-up-" + (1 + r.nextInt(lanes))), List.of(), statuses[r.nextInt(statuses.length)], null,
                    List.of(), List.of(), null));
        }
        return Dataset.builder(title).organisations(orgs).events(events).build();
    }
}
