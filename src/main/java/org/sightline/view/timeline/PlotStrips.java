package org.sightline.view.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The timeline's plot as strips of canvas placed at their layout x, clipped to the visible plot and moved
 * together by a pan. After any change but a pan the visible plot is drawn as one strip; a pan adds
 * {@link #STRIP}-wide strips on the side it uncovers. Strips stay in the scene (hidden when unused):
 * adding and removing nodes costs a CSS pass.
 * <p>
 * All strips drawn since {@link #drawView} share its label edges: labels starting left of
 * {@code labelsFrom} are left out, and labels end with an ellipsis at {@code labelsTo}, so that strips
 * drawn side by side join without a seam.
 */
final class PlotStrips {

    /** Width of the strips a pan adds, in pixels. */
    static final double STRIP = 256;
    /** Strips kept (drawn, possibly out of view) before the ones farthest from the view are let go. */
    private static final int MAX_STRIPS = 32;

    private final Group strips = new Group();
    private final Group plot = new Group(strips);
    private final Rectangle clip = new Rectangle();
    private final Canvas viewStrip = new Canvas();
    /** Strips drawn, left to right, covering [from, to) of the layout without a gap. */
    private final List<Canvas> drawn = new ArrayList<>();
    private final List<Canvas> spare = new ArrayList<>();
    private double from;
    private double to;
    private double labelsFrom;
    private double labelsTo = Double.POSITIVE_INFINITY;
    private int draws;

    PlotStrips() {
        plot.setClip(clip);
        plot.setManaged(false);
        plot.setMouseTransparent(true);
        strips.getChildren().add(viewStrip);
    }

    /** The node to place where the plot's top-left corner (layout y of the plot's top) is. */
    Node node() {
        return plot;
    }

    /** Shows the layout between {@code left} and {@code right} (layout x) at screen x {@code left - offset}. */
    void show(double left, double right, double height, double offset) {
        clip.setX(left - offset);
        clip.setWidth(Math.max(0, right - left));
        clip.setHeight(height);
        strips.setTranslateX(-offset);
    }

    /** True when [{@code left}, {@code right}) of the layout shares some of what is drawn. */
    boolean overlaps(double left, double right) {
        return left < to && right > from;
    }

    /** The label edges of the strips drawn since the last {@link #drawView}. */
    double labelsFrom() {
        return labelsFrom;
    }

    double labelsTo() {
        return labelsTo;
    }

    /** Drops every strip and draws [{@code left}, {@code right}) of the layout as one, with these label edges. */
    void drawView(TimelineRenderer renderer, TimelineFrame frame, double left, double right, double height,
                  double labelsFrom, double labelsTo) {
        drop();
        this.labelsFrom = labelsFrom;
        this.labelsTo = labelsTo;
        if (viewStrip.getWidth() != right - left || viewStrip.getHeight() != height) {
            viewStrip.setWidth(right - left);
            viewStrip.setHeight(height);
        }
        viewStrip.setLayoutX(left);
        viewStrip.setVisible(true);
        renderer.renderStrip(viewStrip.getGraphicsContext2D(), frame, left, right, labelsFrom, labelsTo);
        draws++;
        drawn.add(viewStrip);
        from = left;
        to = right;
    }

    /** Adds strips on either side until [{@code left}, {@code right}) is covered; shows only those in view. */
    void cover(TimelineRenderer renderer, TimelineFrame frame, double left, double right, double height) {
        while (to < right) {
            drawn.add(strip(renderer, frame, to, height));
            to += STRIP;
        }
        while (from > left) {
            drawn.add(0, strip(renderer, frame, from - STRIP, height));
            from -= STRIP;
        }
        while (drawn.size() > MAX_STRIPS) {
            // Let go of the strip farther from the view.
            boolean first = left - from > to - right;
            Canvas c = drawn.remove(first ? 0 : drawn.size() - 1);
            if (first) {
                from += c.getWidth();
            } else {
                to -= c.getWidth();
            }
            release(c);
        }
        for (Canvas c : drawn) {
            c.setVisible(c.getLayoutX() < right && c.getLayoutX() + c.getWidth() > left);
        }
    }

    /** Nothing to show: one strip in {@code color}. */
    void drawEmpty(Color color, double width, double height) {
        drop();
        viewStrip.setWidth(width);
        viewStrip.setHeight(height);
        viewStrip.setLayoutX(0);
        viewStrip.setVisible(true);
        viewStrip.getGraphicsContext2D().setFill(color);
        viewStrip.getGraphicsContext2D().fillRect(0, 0, width, height);
        drawn.add(viewStrip);
        from = 0;
        to = width;
        show(0, width, height, 0);
    }

    /** How many strips have been drawn so far (the visible plot after a change counts as one). */
    int draws() {
        return draws;
    }

    private Canvas strip(TimelineRenderer renderer, TimelineFrame frame, double left, double height) {
        Canvas c;
        if (spare.isEmpty()) {
            c = new Canvas(STRIP, height);
            strips.getChildren().add(c);
        } else {
            c = spare.remove(spare.size() - 1);
            c.setHeight(height);
        }
        c.setLayoutX(left);
        c.setVisible(true);
        renderer.renderStrip(c.getGraphicsContext2D(), frame, left, left + STRIP, labelsFrom, labelsTo);
        draws++;
        return c;
    }

    private void drop() {
        for (Canvas c : drawn) {
            release(c);
        }
        drawn.clear();
    }

    private void release(Canvas c) {
        c.setVisible(false);
        if (c != viewStrip) {
            spare.add(c);
        }
    }
}
