package org.sightline.view.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;

/** Small datasets built in code for the timeline's unit tests. */
final class TestData {

    private TestData() {
    }

    /** Midnight UTC at the start of the given day, in epoch milliseconds. */
    static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * TimeWindow.DAY;
    }

    /** {@code frame} drawn by {@code renderer} on a canvas {@code width} × {@code height} at scale 1, read back. */
    static WritableImage render(FxRobot robot, TimelineRenderer renderer, TimelineFrame frame, int width,
                                int height) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(width, height);
            renderer.render(canvas.getGraphicsContext2D(), 0, 0, width, height, 1, frame);
            shot[0] = canvas.snapshot(null, null);
        });
        return shot[0];
    }

    static TimelineEvent event(String id, String start, String end, EventStatus status, String... orgs) {
        return new TimelineEvent(id, "Event " + id, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, "", List.of(orgs), List.of(), status, null, List.of(), List.of(), null);
    }

    static Organisation org(String id, String parent) {
        return new Organisation(id, "Org " + id, id.toUpperCase(), parent, null, parent == null ? "#0072B2" : null, null);
    }

    /**
     * {@code n} top-level organisations o00, o01, … (so {@code n} lanes by organisation), each with
     * {@code eventsEach} events dated {@code date.apply(lane, k)}; the events are "e" + organisation id, with
     * {@code k} after it when a lane has more than one.
     */
    static Dataset oneLaneEach(int n, int eventsEach, java.util.function.BiFunction<Integer, Integer, String> date) {
        Dataset.Builder b = Dataset.builder("lanes");
        for (int i = 0; i < n; i++) {
            String id = String.format(java.util.Locale.ROOT, "o%02d", i);
            b.organisation(org(id, null));
            for (int k = 0; k < eventsEach; k++) {
                b.event(event("e" + id + (eventsEach == 1 ? "" : Integer.toString(k)), date.apply(i, k), null,
                        EventStatus.OCCURRED, id));
            }
        }
        return b.build();
    }

    /**
     * A timeline that holds still (no animations, "today" at 1970) shown alone in {@code stage}, {@code width}
     * by {@code height}: the set-up of the timeline's TestFX tests.
     */
    static TimelineView showStill(Stage stage, ViewState state, double width, double height) {
        TimelineView view = new TimelineView(state);
        view.setAnimated(false);
        view.setClock(() -> 0);
        stage.setScene(new Scene(view, width, height));
        stage.show();
        return view;
    }

    /** A root "a" with child "b" and grandchild "c", a second root "z". */
    static Dataset.Builder orgTree() {
        return Dataset.builder("test").organisation(org("a", null)).organisation(org("b", "a"))
                .organisation(org("c", "b")).organisation(org("z", null));
    }
}
