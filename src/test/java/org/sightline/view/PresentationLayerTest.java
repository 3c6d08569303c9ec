package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.BriefingController;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledDataset;
import org.sightline.model.Dataset;
import org.sightline.view.timeline.TimelineView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresentationLayerTest {

    private final ViewState state = new ViewState();
    private final BriefingController briefings = new BriefingController(state);
    private TimelineView view;
    private PresentationLayer layer;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new TimelineView(state);
        view.setAnimated(false);
        layer = new PresentationLayer(briefings);
        layer.placeOver(view);
        StackPane root = new StackPane(view, layer);
        root.getStyleClass().addAll("main-window", "presenting", "screen-medium");
        scene = new Scene(root, 1200, 700);
        scene.getStylesheets().add(MainWindow.class.getResource("sightline.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** The first frame of a briefing already has its lanes above the card: no frame with lanes under it. */
    @Test
    void theFirstStepsFrameAlreadyMakesRoomForTheCaptionCard() throws Exception {
        Dataset dataset = BundledDataset.load().dataset();
        CompletableFuture<Bounds[]> firstLayout = new CompletableFuture<>();
        Platform.runLater(() -> {
            state.setDataset(dataset, "curated");
            briefings.start(dataset.defaultBriefing());
            Runnable[] check = new Runnable[1];
            check[0] = () -> { // after the first pulse's layout pass, the one whose frame is painted next
                scene.removePostLayoutPulseListener(check[0]);
                firstLayout.complete(new Bounds[] {overview(), sceneBounds(layer.card())});
            };
            scene.addPostLayoutPulseListener(check[0]);
        });
        Bounds[] first = firstLayout.get(10, TimeUnit.SECONDS);
        assertTrue(first[0].getMaxY() <= first[1].getMinY(),
                "the first frame has the overview above the card: " + first[0] + " / " + first[1]);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first[0], WaitForAsyncUtils.asyncFx(this::overview).get(), "and keeps it there: laid out once");
        assertTrue(view.getCoveredBottom() > 0, "the timeline keeps the card's room");
    }

    private Bounds overview() {
        return sceneBounds(view.lookup(".timeline-overview"));
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }
}
