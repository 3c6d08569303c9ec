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
        ensureFills(eras, style);
        TimeScale ts = layout.scale();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double x1 = Math.max(ts.x0(), ts.x(era.start().startMillis()));
            double x2 = Math.min(ts.x1(), ts.x(era.end().endMillis()));
            if (x2 <= x1 || x2 < from || x1 > to) {
                continue;
            }
            fill(gc, layout, laneEnd, fills[i], Math.max(x1, from), Math.min(x2, to), top, bottom, overlaps[i], style);
        }
    }

    /**
     * Paints the rectangle from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}), inside a lane whose band is
     * {@code band}, as {@link #drawBands} painted it before the grid: the band, and over it the part of each era
     * that the rectangle crosses, in the same colours. What lies on it (grid lines, the today line) is covered.
     */
    void fillGround(GraphicsContext gc, List<Era> eras, TimeScale ts, Color band, double x1, double x2, double y1,
                    double y2, TimelineStyle style) {
        // Whole pixels: a soft edge of the band under a soft edge of an era would not be the era's colour.
        x1 = Math.floor(x1);
        x2 = Math.ceil(x2);
        y1 = Math.floor(y1);
        y2 = Math.ceil(y2);
        gc.setFill(band);
        gc.fillRect(x1, y1, x2 - x1, y2 - y1);
        if (eras.isEmpty()) {
            return;
        }
        ensureFills(eras, style);
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double ex1 = Math.max(Math.max(ts.x0(), ts.x(era.start().startMillis())), x1);
            double ex2 = Math.min(Math.min(ts.x1(), ts.x(era.end().endMillis())), x2);
            if (ex2 > ex1) {
                Color fill = fills[i];
                gc.setFill(overlaps[i] || fill.getOpacity() >= 1 ? fill : blends.over(band, fill, 1));
                gc.fillRect(ex1, y1, ex2 - ex1, y2 - y1);
            }
        }
    }

    /** Each era's fill and whether it overlaps an earlier era, worked out once per list of eras and style. */
    private List<Era> fillsOf;
    private Color fillsEraFill;
    private Color[] fills = new Color[0];
    private boolean[] overlaps = new boolean[0];

    private void ensureFills(List<Era> eras, TimelineStyle style) {
        if (eras == fillsOf && style.eraFill().equals(fillsEraFill)) {
            return;
        }
        fills = new Color[eras.size()];
        overlaps = new boolean[eras.size()];
        for (int i = 0; i < eras.size(); i++) {
            fills[i] = fillOf(eras.get(i), style);
            overlaps[i] = overlapsEarlier(eras, eras.get(i));
        }
        fillsOf = eras;
        fillsEraFill = style.eraFill();
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
                // its ground, as for event labels: the grid lines stop short of the letters
                double w = titleMeasurer.width(title) * s;
                fillGround(gc, eras, ts, style.background(), Math.max(x1, x1 + pad - 2 * s),
                        Math.min(x2, x1 + pad + w + 2 * s), top + s, top + rowH - s, style);
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
