package org.sightline.view.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Draws the two-row time axis: periods in bold above (2022), their parts below (Nov Dec), tick marks that
 * meet the plot's grid, and "Today" beside the point where the today line starts.
 */
final class AxisPainter {

    static final double ROW = TimelineRenderer.AXIS_ROW;

    private AxisPainter() {
    }

    /**
     * The axis from x to x + width, its top at y, for the window {@code ts} with the ticks and labels of
     * {@code axis}; {@code bold} measures the bold label type at scale 1 (for the "Today" tag).
     */
    static void draw(GraphicsContext gc, double x, double y, double width, double s, TimelineStyle style,
                     TimeScale ts, AxisTicks.Layout axis, long nowMillis, TextMeasurer bold) {
        double rowH = ROW * s;
        drawBase(gc, x, y, width, s, style);
        double lw = Math.max(1, s);
        for (double tx : axis.majorTicks()) {
            Lines.vertical(gc, Lines.snap(tx, s), y, y + 2 * rowH, lw);
        }
        for (double tx : axis.minorTicks()) {
            Lines.vertical(gc, Lines.snap(tx, s), y + rowH, y + 2 * rowH, lw);
        }
        gc.setFont(Font.font(style.fontFamily(), FontWeight.BOLD, style.axisFontSize() * s));
        gc.setFill(style.ink());
        for (AxisTicks.Label label : axis.major()) {
            gc.fillText(label.text(), label.x(), y + rowH / 2);
        }
        gc.setFont(Font.font(style.fontFamily(), style.axisFontSize() * s));
        gc.setFill(style.mutedInk());
        for (AxisTicks.Label label : axis.minor()) {
            gc.fillText(label.text(), label.x(), y + rowH * 1.5);
        }
        drawTodayTag(gc, y + rowH / 2, s, style, ts, axis, nowMillis, bold);
    }

    /** The axis rows' background and the line under them. */
    static void drawBase(GraphicsContext gc, double x, double y, double width, double s, TimelineStyle style) {
        double rowH = ROW * s;
        gc.setFill(style.background());
        gc.fillRect(x, y, width, 2 * rowH);
        gc.setFill(style.gridLine());
        Lines.horizontal(gc, x, x + width, Lines.snap(y + 2 * rowH, s), Math.max(1, s));
    }

    /**
     * "Today" in the axis's upper row, beside the point where the today line starts: right of it, or left
     * when a period label is in the way, or not at all. (At the foot of the plot, where it used to be,
     * it covered or was covered by the last lane's counts.)
     */
    private static void drawTodayTag(GraphicsContext gc, double cy, double s, TimelineStyle style, TimeScale ts,
                                     AxisTicks.Layout axis, long now, TextMeasurer bold) {
        if (now < ts.startMillis() || now >= ts.endMillis()) {
            return;
        }
        double px = ts.x(now);
        double w = bold.width("Today") * style.axisFontSize() / style.fontSize() * s;
        double gap = 4 * s;
        double right = px + gap;
        double left = px - gap - w;
        double tx = fitsTag(right, w, gap, ts, axis) ? right : fitsTag(left, w, gap, ts, axis) ? left : Double.NaN;
        if (!Double.isNaN(tx)) {
            gc.setFont(Font.font(style.fontFamily(), FontWeight.BOLD, style.axisFontSize() * s));
            gc.setFill(style.todayLine());
            gc.fillText("Today", tx, cy);
        }
    }

    private static boolean fitsTag(double tx, double w, double gap, TimeScale ts, AxisTicks.Layout axis) {
        return tx >= ts.x0() && tx + w <= ts.x1() && clearOfMajorLabels(tx - gap, tx + w + gap, axis);
    }

    private static boolean clearOfMajorLabels(double x1, double x2, AxisTicks.Layout axis) {
        for (AxisTicks.Label label : axis.major()) {
            if (label.x() < x2 && label.x() + label.width() > x1) {
                return false;
            }
        }
        return true;
    }
}
