package org.sightline.view.timeline;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Draws the lane header column: each lane's band with its organisation's colour strip, a disclosure arrow
 * for a lane that folds, and its bold title, on two lines where one would cut it ("National Diet / of Japan")
 * and the lane is tall enough, else cut with an ellipsis. It also tells the layout which lanes need the
 * height of a two-line title.
 */
final class LaneHeaderPainter {

    /** How far a nested lane's header is indented per level. */
    static final double INDENT = TimelineRenderer.INDENT;

    private FxTextMeasurer bold;
    private String boldKey;
    private Object[] titleHeightsKey;
    private double[] titleHeights;

    /**
     * The bold measurer for the label type {@code labelMeasurer} (named by {@code key}): made again only when
     * the type changes.
     */
    FxTextMeasurer bold(FxTextMeasurer labelMeasurer, String key) {
        if (!key.equals(boldKey)) {
            Font f = labelMeasurer.font();
            bold = new FxTextMeasurer(Font.font(f.getFamily(), FontWeight.BOLD, f.getSize()));
            boldKey = key;
        }
        return bold;
    }

    /**
     * Draws the column {@code headerWidth} wide at x, from {@code top} down to the layout's bottom, with the
     * headers of lanes from the layout's first lane to {@code laneEnd} (exclusive). Call {@link #bold} first.
     */
    void draw(GraphicsContext gc, TimelineLayout layout, LaneModel lanes, int laneEnd, Palette palette, double x,
              double top, double headerWidth, double s, TimelineStyle style) {
        gc.setFill(style.laneAlternate());
        gc.fillRect(x, top, headerWidth, layout.bottom() - top);
        double lw = Math.max(1, s);
        gc.setFill(style.gridLine());
        Lines.vertical(gc, Lines.snap(x + headerWidth, s), top, layout.bottom() - lw / 2, lw);
        gc.setFont(Font.font(style.fontFamily(), FontWeight.BOLD, style.fontSize() * s));
        double bottomRow = layout.bottom() - TimelineLayout.ROW * s / 2;
        for (int l = layout.firstLane(); l < laneEnd; l++) {
            Lane lane = lanes.lanes().get(l);
            double ly = layout.laneTop(l);
            double lh = layout.laneHeight(l);
            gc.setFill(style.gridLine());
            Lines.horizontal(gc, x, x + headerWidth, Lines.snap(ly + lh, s), lw);
            double cy = ly + Math.min(lh / 2, TimelineLayout.LANE_PAD * s + TimelineLayout.ROW * s / 2);
            double tx = x + 8 * s + lane.depth() * INDENT * s;
            if (lane.colorOrgId() != null) {
                gc.setFill(palette.organisation(lane.colorOrgId()));
                gc.fillRect(x, ly, 4 * s, lh);
            }
            if (cy > bottomRow) {
                continue; // a lane the bottom cuts (on screen, until scrolled): no half title, as no half row
            }
            if (lane.expandable()) {
                drawDisclosure(gc, tx + 4 * s, cy, 4 * s, lane.collapsed(), style.mutedInk());
            }
            tx += 12 * s;
            double room = titleRoom(lane, headerWidth, s);
            gc.setFill(style.ink());
            int breakAt = titleBreak(lane, headerWidth, s);
            if (breakAt > 0 && lh >= twoLineLaneHeight(style, s) && cy + titleLineHeight(style, s) <= bottomRow) {
                gc.fillText(lane.title().substring(0, breakAt), tx, cy);
                String rest = bold.fit(lane.title().substring(breakAt).stripLeading(), room);
                if (rest != null) {
                    gc.fillText(rest, tx, cy + titleLineHeight(style, s));
                }
            } else {
                String title = bold.fit(lane.title(), room);
                if (title != null) {
                    gc.fillText(title, tx, cy);
                }
            }
        }
    }

    /** Forgets the title heights kept for the last lanes (their data is gone), and so the lanes themselves. */
    void forget() {
        titleHeightsKey = null;
        titleHeights = null;
    }

    /**
     * Per lane, the height its title needs on two lines, or 0 when one line holds it; measured again only when
     * the lanes, the header's width or the type change (not on every zoom). Call {@link #bold} first.
     */
    double[] twoLineTitleHeights(LaneModel lanes, double headerWidth, double s, TimelineStyle style) {
        Object[] key = {lanes, headerWidth, s, boldKey, style.fontSize()};
        if (!Arrays.equals(key, titleHeightsKey)) {
            titleHeightsKey = key;
            titleHeights = new double[lanes.size()];
            for (int l = 0; l < titleHeights.length; l++) {
                titleHeights[l] = titleBreak(lanes.lanes().get(l), headerWidth, s) > 0 ? twoLineLaneHeight(style, s) : 0;
            }
        }
        return titleHeights;
    }

    /** Room for a lane's title in the header column, in unscaled pixels (after indent and disclosure). */
    private static double titleRoom(Lane lane, double headerWidth, double s) {
        return headerWidth / s - 26 - lane.depth() * INDENT;
    }

    /** Where a lane title too long for one line breaks into two, or -1 (fits, or has no break). */
    private int titleBreak(Lane lane, double headerWidth, double s) {
        double room = titleRoom(lane, headerWidth, s);
        return bold.width(lane.title()) <= room ? -1 : bold.lineBreak(lane.title(), room);
    }

    /**
     * The height a lane needs to show its title on two lines: the first line centred on the lane's first row
     * (as a one-line title is), the second a line lower, and the lane's padding under it.
     */
    private static double twoLineLaneHeight(TimelineStyle style, double s) {
        return (2 * TimelineLayout.LANE_PAD + TimelineLayout.ROW / 2) * s + 1.5 * titleLineHeight(style, s);
    }

    /** The distance between the two lines of a lane title. */
    private static double titleLineHeight(TimelineStyle style, double s) {
        return style.fontSize() * s * 1.25;
    }

    private static void drawDisclosure(GraphicsContext gc, double cx, double cy, double r, boolean collapsed,
                                       Color color) {
        gc.setFill(color);
        gc.beginPath();
        if (collapsed) {
            gc.moveTo(cx - r * 0.6, cy - r);
            gc.lineTo(cx + r * 0.8, cy);
            gc.lineTo(cx - r * 0.6, cy + r);
        } else {
            gc.moveTo(cx - r, cy - r * 0.6);
            gc.lineTo(cx + r, cy - r * 0.6);
            gc.lineTo(cx, cy + r * 0.8);
        }
        gc.closePath();
        gc.fill();
    }
}
