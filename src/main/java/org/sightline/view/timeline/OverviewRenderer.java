package org.sightline.view.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Draws the whole dataset in miniature (one density strip per lane) with the visible window as a box,
 * into any GraphicsContext at any size, like {@link TimelineRenderer}. The densities are cached until
 * the data, lanes or size change.
 */
public final class OverviewRenderer {

    static final double AXIS = 16;
    static final double BUCKET_PX = 3;

    private final Clusters clusters = new Clusters();
    private LaneModel lanes;
    private LaneModel shared;
    private TimeScale scale;
    private float[][] density = new float[0][];
    private final double[] densityKey = new double[6];
    private AxisTicks.Layout axis;
    private FxTextMeasurer measurer;
    private String measurerKey;
    private Palette palette;
    private int version;

    /** Draws the overview of {@code frame} into (x, y, width, height): the miniature and the window box. */
    public void render(GraphicsContext gc, double x, double y, double width, double height, double scale,
                       TimelineFrame frame) {
        renderBase(gc, x, y, width, height, scale, frame);
        drawWindow(gc, frame.window(), y, height, scale, frame.style());
    }


    /** Increases whenever the miniature's content changes (data, lanes, range or size). */
    public int version() {
        return version;
    }

    /** Draws the miniature: an axis and one density strip per lane. */
    public void renderBase(GraphicsContext gc, double x, double y, double width, double height, double scale,
                           TimelineFrame frame) {
        TimelineStyle style = frame.style();
        prepare(frame, x, width, scale);
        TimeScale ts = this.scale;
        gc.save();
        gc.setFill(style.laneAlternate());
        gc.fillRect(x, y, width, height);
        double axisH = AXIS * scale;
        gc.setFill(style.gridLine());
        Lines.horizontal(gc, x, x + width, y + 0.5, Math.max(1, scale));
        for (double tx : axis.minorTicks()) {
            Lines.vertical(gc, tx, y, y + height, Math.max(1, scale));
        }
        gc.setFont(Font.font(style.fontFamily(), style.axisFontSize() * 0.85 * scale));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(style.mutedInk());
        // One row of labels: years, or, when the steps are finer ("Jan", "Jul"), what they fall in ("2019"), which
        // alone tells where the miniature is.
        for (AxisTicks.Label label : overviewLabels(axis)) {
            gc.fillText(label.text(), label.x(), y + axisH / 2 + scale);
        }
        int laneCount = lanes.size();
        double bandTop = y + axisH;
        double laneH = laneCount == 0 ? 0 : (height - axisH - 2 * scale) / laneCount;
        double bucket = BUCKET_PX * scale;
        for (int l = 0; l < laneCount; l++) {
            float[] d = density[l];
            Color color = palette.organisation(lanes.lanes().get(l).colorOrgId());
            gc.setFill(color);
            double ly = bandTop + l * laneH;
            for (int b = 0; b < d.length; b++) {
                if (d[b] > 0) {
                    double h = Math.max(scale, laneH * 0.9 * d[b]);
                    gc.fillRect(ts.x0() + b * bucket, ly + laneH - h, Math.max(scale, bucket - 0.5 * scale), h);
                }
            }
        }
        gc.restore();
    }

    private void drawWindow(GraphicsContext gc, TimeWindow window, double y, double height, double s,
                            TimelineStyle style) {
        double[] edges = windowEdges(window, s);
        gc.setFill(shade(style));
        gc.fillRect(scale.x0(), y, edges[0] - scale.x0(), height);
        gc.fillRect(edges[1], y, scale.x1() - edges[1], height);
        gc.setFill(style.selection());
        for (double[] r : windowBoxParts(window, y, height, s)) {
            gc.fillRect(r[0], r[1], r[2], r[3]);
        }
    }

    /**
     * The window box's outline and handles (after {@link #prepare}) as six rectangles {x, y, width,
     * height}: four edges with the geometry of a 1.5 px stroke, then the two handles. The overview on
     * screen places them as nodes, so that moving the box repaints only round it.
     */
    public double[][] windowBoxParts(TimeWindow window, double y, double height, double s) {
        double[] edges = windowEdges(window, s);
        double x = edges[0];
        double w = edges[1] - edges[0];
        double top = y + s;
        double h = height - 2 * s;
        double lw = 1.5 * s;
        double hw = lw / 2;
        double side = Math.max(0, h - lw);
        double hh = Math.min(16 * s, height / 2);
        return new double[][] {
            {x - hw, top - hw, w + lw, lw},
            {x - hw, top + h - hw, w + lw, lw},
            {x - hw, top + hw, lw, side},
            {x + w - hw, top + hw, lw, side},
            {x - 1.5 * s, y + (height - hh) / 2, 3 * s, hh},
            {x + w - 1.5 * s, y + (height - hh) / 2, 3 * s, hh},
        };
    }

    /** The x of the window box's left and right edges (after {@link #prepare}); at least 3 px apart. */
    public double[] windowEdges(TimeWindow window, double s) {
        double x1 = Math.max(scale.x0(), scale.x(window.startMillis()));
        double x2 = Math.min(scale.x1(), scale.x(window.endMillis()));
        if (x2 - x1 < 3 * s) {
            double c = (x1 + x2) / 2;
            x1 = c - 1.5 * s;
            x2 = c + 1.5 * s;
        }
        return new double[] {x1, x2};
    }

    /** The translucent veil over the miniature outside the window box. */
    public static Color shade(TimelineStyle style) {
        return style.background().deriveColor(0, 1, 1, 0.55);
    }

    /**
     * Offers lanes already built by the main band's renderer; they are used instead of building the
     * same ones again when they were built from this frame's inputs.
     */
    public void shareLanes(LaneModel lanes) {
        this.shared = lanes;
    }

    /** Lets go of the last data drawn (the view has none now), so that its events are not kept alive. */
    void release() {
        lanes = null;
        shared = null;
        palette = null;
        scale = null;
        density = new float[0][];
    }

    /** Computes the overview's scale and densities for a frame (also done by {@link #render}). */
    public TimeScale prepare(TimelineFrame frame, double x, double width, double s) {
        TimelineStyle style = frame.style();
        String mk = style.fontFamily() + "|" + style.axisFontSize();
        if (!mk.equals(measurerKey)) {
            measurer = new FxTextMeasurer(Font.font(style.fontFamily(), style.axisFontSize() * 0.85));
            measurerKey = mk;
        }
        if (lanes == null || !lanes.builtFor(frame.dataset(), frame.events(), frame.grouping(), frame.collapsedLanes())) {
            lanes = shared != null && shared.builtFor(frame.dataset(), frame.events(), frame.grouping(),
                    frame.collapsedLanes()) ? shared
                    : LaneModel.build(frame.dataset(), frame.events(), frame.grouping(), frame.collapsedLanes());
            scale = null;
        }
        if (palette == null || !palette.matches(frame.dataset(), frame.events(), style)) {
            palette = new Palette(frame.dataset(), frame.events(), style);
        }
        TimeWindow range = rangeFor(frame);
        double[] dk = {range.startMillis(), range.endMillis(), x, width, s, System.identityHashCode(lanes)};
        if (scale == null || !java.util.Arrays.equals(dk, densityKey)) {
            scale = new TimeScale(range, x, width);
            computeDensity(s);
            axis = AxisTicks.layout(scale, measurer.scaled(s), frame.locale(), 3 * s);
            System.arraycopy(dk, 0, densityKey, 0, dk.length);
            version++;
        }
        return scale;
    }

    /** The overview's one row of axis labels: the steps themselves when they are years, else their major units. */
    static List<AxisTicks.Label> overviewLabels(AxisTicks.Layout axis) {
        return axis.unit().field() == TickUnit.Field.YEAR ? axis.minor() : axis.major();
    }

    /**
     * The time range the overview shows: the data as zoom to fit frames it, widened to include the visible
     * window. So the miniature holds still from the fitted view inwards, and a zoom there never draws it
     * again. A window past the fit by less than a ten-thousandth of it (zoomed in and back out, rounded)
     * does not widen it.
     */
    public static TimeWindow rangeFor(TimelineFrame frame) {
        TimeWindow window = frame.window();
        TimeWindow fit = new Navigator(frame.dataset().extent().orElse(window)).fit();
        long slack = fit.duration() / 10_000;
        long start = window.startMillis() < fit.startMillis() - slack ? window.startMillis() : fit.startMillis();
        long end = window.endMillis() > fit.endMillis() + slack ? window.endMillis() : fit.endMillis();
        return new TimeWindow(start, end);
    }

    private void computeDensity(double s) {
        int buckets = Math.max(1, (int) Math.ceil(scale.width() / (BUCKET_PX * s)));
        long bucketMillis = Math.max(1, (long) Math.ceil(scale.millisFor(BUCKET_PX * s)));
        density = new float[lanes.size()][];
        for (int l = 0; l < lanes.size(); l++) {
            float[] d = new float[buckets];
            EventIndex index = lanes.index(l);
            if (index.size() > 0) {
                int n = clusters.compute(index, scale.startMillis(), scale.endMillis(), bucketMillis);
                int max = Math.max(1, clusters.maxCount());
                double logMax = Math.log1p(max);
                long origin = scale.startMillis();
                for (int b = 0; b < n; b++) {
                    int c = clusters.count(b);
                    if (c > 0) {
                        int slot = (int) Math.floor((Math.max(origin, clusters.bucketStart(b)) - origin)
                                / (double) bucketMillis);
                        if (slot >= 0 && slot < buckets) {
                            d[slot] = (float) Math.max(d[slot], 0.25 + 0.75 * Math.log1p(c) / logMax);
                        }
                    }
                }
            }
            density[l] = d;
        }
    }

    /** The scale of the last overview drawn or prepared. */
    public TimeScale scale() {
        return scale;
    }

}
