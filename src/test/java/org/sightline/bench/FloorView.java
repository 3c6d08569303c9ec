package org.sightline.bench;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.sightline.controller.ViewState;

/**
 * The least a timeline frame can cost here ({@code --floor}): a canvas the size of the timeline's that
 * paints every pixel once with an opaque colour whenever the visible window changes, and draws nothing
 * else. Every zoom or pan of the real view redraws its whole canvas, so it pays at least this much.
 */
final class FloorView extends Region {

    private static final Color[] FILLS = {Color.web("#ffffff"), Color.web("#f4f5f8")};

    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private int frames;

    FloorView(ViewState state) {
        getChildren().add(canvas);
        state.visibleWindowProperty().addListener(o -> {
            dirty = true;
            requestLayout();
        });
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty && h > 1) {
            dirty = false;
            var gc = canvas.getGraphicsContext2D();
            gc.setFill(FILLS[frames++ % 2]);
            // Two rectangles, not one: a single fill covering the whole canvas makes JavaFX clear the
            // canvas first (a second pass over every pixel), which the real view never triggers.
            gc.fillRect(0, 0, w, h - 1);
            gc.fillRect(0, h - 1, w, 1);
        }
    }
}
