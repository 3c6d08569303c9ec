package org.sightline.view.timeline;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.sightline.model.Era;

/**
 * Draws eras and periods: bands behind the lanes (under the grid) and their titles in the row above the
 * lanes (over it). A band is drawn lane by lane in opaque colours already blended over each lane's band;
 * only where eras overlap is it blended for real.
 */
final class EraPainter {

    private final OpaqueBlends blends;
    /** The type of era titles at scale 1, and what measures it. */
    private Font titleFont;
    private TextMeasurer titleMeasurer;

    EraPainter(OpaqueBlends blends) {
        this.blends = blends;
    }

    /**
     * The bands of {@code eras} between layout x {@code from} and {@code to}, from {@code top} to {@code bottom}
     * over the lanes from the layout's first to {@code laneEnd} (exclusive).
     */
    void drawBands(GraphicsContext gc, List<Era> eras, TimelineLayout layout, int laneEnd, double top, double bottom,
                   double from, double to, TimelineStyle style) {
        TimeScale ts = layout.scale();
        for (Era era : eras) {
            double x1 = Math.max(ts.x0(), ts.x(era.start().startMillis()));
            double x2 = Math.min(ts.x1(), ts.x(era.end().endMillis()));
            if (x2 <= x1 || x2 < from || x1 > to) {
                continue;
            }
            fill(gc, layout, laneEnd, fillOf(era, style), Math.max(x1, from), Math.min(x2, to), top, bottom,
                    overlapsEarlier(eras, era), style);
        }
    }

    /**
     * The titles of {@code eras} in the row of height {@code rowH} at {@code top}, each from its start (or from
     * {@code titlesFrom}, the view's left edge, for an era begun earlier) and cut with an ellipsis at its end.
     */
    void drawTitles(GraphicsContext gc, List<Era> eras, TimeScale ts, double top, double rowH, double from, double to,
                    double titlesFrom, double s, TimelineStyle style) {
        Font font = titleFont(style);
        if (!font.equals(titleFont)) {
            titleFont = font;
            titleMeasurer = new FxTextMeasurer(font);
        }
        gc.setFont(s == 1 ? font : Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() * s));
        double pad = TimelineRenderer.PAD * s;
        for (Era era : eras) {
            double x1 = Math.max(ts.x0(), ts.x(era.start().startMillis()));
            double x2 = Math.min(ts.x1(), ts.x(era.end().endMillis()));
            if (x2 <= x1 || x2 < from || x1 > to) {
                continue;
            }
            x1 = Math.max(x1, titlesFrom);
            double available = x2 - x1 - 2 * pad;
            String title = available <= 0 ? null : titleMeasurer.fit(era.title(), available / s);
            if (title != null) {
                gc.setFill(style.mutedInk());
                gc.fillText(title, x1 + pad, top + rowH / 2);
            }
        }
    }

    /** Era titles are bold, a little smaller than the axis's labels. */
    private static Font titleFont(TimelineStyle style) {
        return Font.font(style.fontFamily(), FontWeight.BOLD, style.axisFontSize() * 0.9);
    }

    /**
     * The era whose title row (from {@code rowTop} to the layout's top) holds layout point ({@code x}, {@code y})
     * (the last such era, the one drawn on top, where they overlap), or -1: its position in {@code eras}.
     */
    static int eraAt(List<Era> eras, TimelineLayout layout, double rowTop, double x, double y) {
        TimeScale ts = layout.scale();
        if (eras.isEmpty() || ts == null || y < rowTop || y >= layout.top() || x < ts.x0() || x > ts.x1()) {
            return -1;
        }
        for (int i = eras.size() - 1; i >= 0; i--) {
            Era era = eras.get(i);
            if (x >= ts.x(era.start().startMillis()) && x <= ts.x(era.end().endMillis())) {
                return i;
            }
        }
        return -1;
    }

    private static Color fillOf(Era era, TimelineStyle style) {
        if (era.color() != null) {
            try {
                return Color.web(era.color(), style.eraFill().getOpacity() * 1.5);
            } catch (IllegalArgumentException e) {
                return style.eraFill();
            }
        }
        return style.eraFill();
    }

    /**
     * An era's band over the lane bands. Where it lies on a known opaque colour it is drawn with the
     * blended opaque colour, lane by lane: a translucent fill over much of the canvas is the slowest
     * thing the software pipeline does. Where eras overlap it is blended for real.
     */
    private void fill(GraphicsContext gc, TimelineLayout layout, int laneEnd, Color fill, double x1, double x2,
                      double top, double bottom, boolean overlapping, TimelineStyle style) {
        if (overlapping || fill.getOpacity() >= 1) {
            gc.setFill(fill);
            gc.fillRect(x1, top, x2 - x1, bottom - top);
            return;
        }
        double y = top;
        for (int l = layout.firstLane(); l <= laneEnd; l++) {
            double next = l < laneEnd ? layout.laneTop(l) : bottom;
            if (next > y) { // the era row above the lanes, or the background below them
                gc.setFill(blends.over(style.background(), fill, 1));
                gc.fillRect(x1, y, x2 - x1, Math.min(next, bottom) - y);
            }
            if (l == laneEnd) {
                break;
            }
            double laneBottom = Math.min(bottom, layout.laneTop(l) + layout.laneHeight(l));
            gc.setFill(blends.over(TimelineRenderer.laneBand(l, style), fill, 1));
            gc.fillRect(x1, Math.max(y, layout.laneTop(l)), x2 - x1, laneBottom - Math.max(y, layout.laneTop(l)));
            y = laneBottom;
        }
    }

    private static boolean overlapsEarlier(List<Era> eras, Era era) {
        for (Era other : eras) {
            if (other == era) {
                return false;
            }
            if (other.start().startMillis() < era.end().endMillis() && era.start().startMillis() < other.end().endMillis()) {
                return true;
            }
        }
        return false;
    }
}
