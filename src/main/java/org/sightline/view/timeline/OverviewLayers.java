package org.sightline.view.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;

/**
 * The overview band on screen as three layers: the miniature veiled (with the gap above it), the miniature
 * clear, clipped to the window box, and the box. The miniature is drawn, twice, only when it changes; a
 * frame moves the clip and the box, whose edges and handles are small filled regions, so a frame repaints
 * only round the box (a canvas as wide as the band, cleared and drawn again, made every frame repaint
 * and compose the whole band). It looks like {@link OverviewRenderer#render} (what exports draw).
 */
final class OverviewLayers {

    private final double height;
    private final double gap;
    private final Canvas shaded = new Canvas();
    private final Canvas clear = new Canvas();
    private final Rectangle window = new Rectangle();
    private final Group box = new Group();
    private final Region[] boxParts = new Region[6];
    private Color boxColor;
    private int version = -1;
    private TimelineStyle style;
    private double width = -1;

    OverviewLayers(double height, double gap) {
        this.height = height;
        this.gap = gap;
        for (Canvas c : List.of(shaded, clear)) {
            c.setMouseTransparent(true);
        }
        box.setMouseTransparent(true);
        box.setManaged(false);
        box.setAutoSizeChildren(false);
        for (int i = 0; i < boxParts.length; i++) {
            boxParts[i] = new Region();
        }
        box.getChildren().addAll(boxParts);
        clear.setClip(window);
    }

    /** The layers, bottom first. */
    List<Node> nodes() {
        return List.of(shaded, clear, box);
    }

    /** Sizes the layers and places them with the gap's top at ({@code x}, {@code y}). */
    void place(double x, double y, double w) {
        if (shaded.getWidth() != w) {
            shaded.setWidth(w);
            clear.setWidth(w);
        }
        shaded.setHeight(gap + height);
        clear.setHeight(height);
        shaded.relocate(x, y);
        clear.relocate(x, y + gap);
        // Not relocate(): a Group's layout bounds start at its leftmost part.
        box.setLayoutX(x);
        box.setLayoutY(y + gap);
    }

    /**
     * Draws the overview of {@code frame} with its miniature from {@code left}, {@code plotWidth} wide
     * (after {@link OverviewRenderer#prepare}).
     */
    void draw(OverviewRenderer renderer, TimelineFrame frame, double left, double plotWidth) {
        double w = shaded.getWidth();
        if (version != renderer.version() || !frame.style().equals(style) || width != w) {
            var veiled = shaded.getGraphicsContext2D();
            veiled.setFill(frame.style().background());
            veiled.fillRect(0, 0, w, gap);
            paintBase(veiled, renderer, frame, gap, left, plotWidth, w);
            veiled.setFill(OverviewRenderer.shade(frame.style()));
            veiled.fillRect(left, gap, plotWidth, height);
            paintBase(clear.getGraphicsContext2D(), renderer, frame, 0, left, plotWidth, w);
            version = renderer.version();
            style = frame.style();
            width = w;
        }
        double[] edges = renderer.windowEdges(frame.window(), 1);
        double bx1 = Math.max(0, Math.floor(edges[0]));
        double bx2 = Math.min(w, Math.ceil(edges[1]));
        window.setX(bx1);
        window.setWidth(Math.max(0, bx2 - bx1));
        window.setHeight(height);
        placeBox(renderer.windowBoxParts(frame.window(), 0, height, 1), frame.style().selection());
    }

    /** No data: the band in {@code color}. */
    void drawEmpty(Color color) {
        version = -1;
        var gc = shaded.getGraphicsContext2D();
        gc.setFill(color);
        gc.fillRect(0, 0, shaded.getWidth(), shaded.getHeight());
        window.setWidth(0);
        box.setVisible(false);
    }

    private void placeBox(double[][] parts, Color color) {
        if (!color.equals(boxColor)) {
            boxColor = color;
            Background fill = new Background(new BackgroundFill(color, null, null));
            for (Region part : boxParts) {
                part.setBackground(fill);
            }
        }
        for (int i = 0; i < boxParts.length; i++) {
            double[] r = parts[i];
            boxParts[i].resizeRelocate(r[0], r[1], r[2], r[3]);
        }
        box.setVisible(true);
    }

    /** The miniature (lanes' density and axis) with its title, across the width at {@code y}. */
    private void paintBase(GraphicsContext gc, OverviewRenderer renderer, TimelineFrame frame, double y, double left,
                           double plotWidth, double w) {
        gc.setFill(frame.style().laneAlternate());
        gc.fillRect(0, y, w, height);
        gc.setFill(frame.style().mutedInk());
        gc.setFont(Font.font(frame.style().fontFamily(), frame.style().axisFontSize()));
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("Overview", 10, y + height / 2);
        renderer.renderBase(gc, left, y, plotWidth, height, 1, frame);
    }
}
