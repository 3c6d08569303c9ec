package org.sightline.view.timeline;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import org.sightline.model.Era;
import org.sightline.model.EventStatus;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Draws the timeline into any GraphicsContext at any size: lane headers on the left, a two-row time
 * axis on top, era bands and the "today" line behind, then events (markers, bars, month/year bands)
 * stacked in rows with labels, or clusters with counts where a lane is too dense. Every length and font
 * size is multiplied by {@code scale}; text is never drawn through a scale transform.
 * <p>
 * Lanes, labels, colours and the layout are cached between calls and rebuilt only when the data,
 * grouping, window or size change, so a frame allocates nothing per event. The lane headers, the axis and
 * the eras have painters of their own ({@link LaneHeaderPainter}, {@link AxisPainter}, {@link EraPainter});
 * this class lays the frame out and draws the plot's lanes, grid, clusters and events.
 */
public final class TimelineRenderer {

    static final double HEADER = 168;
    /** How far a nested lane's header is indented per level. */
    static final double INDENT = 12;
    static final double AXIS_ROW = 20;
    static final double ERA_ROW = 18;
    static final double PAD = 4;

    private final TimelineLayout layout = new TimelineLayout();
    private final OpaqueBlends blends = new OpaqueBlends();
    private final ReadableInk inks = new ReadableInk();
    private final HatchPatterns hatches = new HatchPatterns();
    private final LaneHeaderPainter headerPainter = new LaneHeaderPainter();
    private final EraPainter eraPainter = new EraPainter(blends);

    private LaneModel lanes;

    private EventText text;
    private String textFont;
    private Palette palette;
    private FxTextMeasurer labelMeasurer;
    private FxTextMeasurer axisMeasurer;
    /** The axis's upper row, in bold. */
    private FxTextMeasurer axisBold;
    private String measurerKey;

    private Predicate<TimelineEvent> emphasisFor;
    private byte[] emphasis = new byte[0];

    private final double[] layoutKey = new double[13];
    /** The lane shown first when the lanes need more height than the drawing has. */
    private int firstLane;
    /**
     * One past the last lane drawn: on screen every lane that starts above the bottom (the band cuts the last
     * one); in a whole drawing ({@link #render}) only the lanes that fit whole, so that nothing is drawn outside
     * its rectangle.
     */
    private int laneEnd;
    private AxisTicks.Layout axis;

    private double headerWidth;
    private double plotX0;
    private double plotWidth;
    private double drawScale = 1;
    private double plotTop;
    private double plotBottom;
    /** Labels starting left of this x are left out (besides those starting left of the layout). */
    private double labelsFrom = Double.NEGATIVE_INFINITY;
    /** Labels end (with an ellipsis) at this x at the latest (besides the layout's right edge). */
    private double labelsTo = Double.POSITIVE_INFINITY;

    /** Draws the frame into the rectangle (x, y, width, height) of {@code gc}'s coordinate space. */
    public void render(GraphicsContext gc, double x, double y, double width, double height, double scale,
                       TimelineFrame frame) {
        render(gc, x, y, width, height, scale, frame, null);
    }

    /** As {@link #render(GraphicsContext, double, double, double, double, double, TimelineFrame)}, with the
     * lanes starting at the lane with id {@code firstLaneId} as {@link #lanesLeftOut} places them. */
    public void render(GraphicsContext gc, double x, double y, double width, double height, double scale,
                       TimelineFrame frame, String firstLaneId) {
        TimelineStyle style = frame.style();
        int leftOut = lanesLeftOut(frame, firstLaneId, x, y, width, height, scale);
        // No clip: a canvas clip costs a full-size mask per use in the software pipeline. Everything is
        // kept inside the rectangle by construction (labels are cut at the right edge, headers and the
        // axis are painted last over anything that reaches left or up).
        gc.save();
        paintPlot(gc, frame, plotX0, x + width, y + height, scale);
        headerPainter.draw(gc, layout, lanes, laneEnd, palette, x, y + 2 * AXIS_ROW * scale, headerWidth, scale, style);
        if (leftOut > 0 && layout.bottom() - lanesBottom() >= noteHeight(style, scale)) {
            drawLanesLeftOut(gc, leftOut, x, scale, style);
        }
        AxisPainter.draw(gc, x, y, width, scale, style, layout.scale(), axis, frame.nowMillis(), bold());
        gc.restore();
    }

    /**
     * Lays out the frame for {@link #render} and returns how many lanes it leaves out because they do not fit
     * whole in the rectangle (with room under the others, where there is, for the line that says so). The lanes
     * start at the first, or, when the frame's selected event (a slide's step) lies in a lane that would not
     * fit, at the lane that shows that lane whole.
     */
    public int lanesLeftOut(TimelineFrame frame, double x, double y, double width, double height, double scale) {
        return lanesLeftOut(frame, null, x, y, width, height, scale);
    }

    /**
     * As {@link #lanesLeftOut(TimelineFrame, double, double, double, double, double)}, with the lanes starting
     * at the lane with id {@code firstLaneId} (where the window was scrolled to; null or unknown: the first) as
     * far as the lanes after it fill the rectangle; the selected event's lane is still shown whole.
     */
    public int lanesLeftOut(TimelineFrame frame, String firstLaneId, double x, double y, double width, double height,
                            double scale) {
        firstLane = 0;
        prepare(frame, x, y, width, height, scale);
        int n = lanes.size();
        double note = noteHeight(frame.style(), scale);
        int wanted = firstLaneId == null ? -1 : lanes.indexOf(firstLaneId);
        if (wanted > 0) {
            firstLane = wanted;
            prepare(frame, x, y, width, height, scale);
        }
        int position = positionOf(frame.selected());
        int selectedLane = position < 0 ? -1 : lanes.laneOf(position);
        if (selectedLane >= 0 && (selectedLane < layout.firstLane() || selectedLane >= layout.wholeLaneEnd())) {
            firstLane = layout.firstLaneShowing(selectedLane, note); // with room for the note under it
            prepare(frame, x, y, width, height, scale);
        }
        laneEnd = layout.wholeLaneEnd();
        int keep = Math.max(layout.firstLane() + 1, selectedLane + 1);
        while (laneEnd < n && laneEnd > keep && layout.bottom() - lanesBottom() < note) {
            laneEnd--;
        }
        return n - (laneEnd - layout.firstLane());
    }

    /** Whether the drawing laid out last by {@link #lanesLeftOut} shows the lane of {@code event}. */
    public boolean drawsLaneOf(TimelineEvent event) {
        int position = positionOf(event);
        if (position < 0) {
            return false;
        }
        int lane = lanes.laneOf(position);
        return lane >= layout.firstLane() && lane < laneEnd;
    }

    private static double noteHeight(TimelineStyle style, double s) {
        return style.fontSize() * s * 1.6;
    }

    /** The bottom of the last lane drawn (the top of the lanes when none is). */
    private double lanesBottom() {
        return laneEnd <= layout.firstLane() ? layout.top() : layout.laneTop(laneEnd - 1) + layout.laneHeight(laneEnd - 1);
    }

    /** What the line under the lanes says of the {@code above} lanes before them and {@code below} after. */
    static String lanesLeftOutText(int above, int below) {
        if (above == 0) {
            return below == 1 ? "1 more lane does not fit at this size" : below + " more lanes do not fit at this size";
        }
        String lanesAbove = Counted.of(above, "lane") + " above";
        if (below == 0) {
            return lanesAbove + (above == 1 ? " does" : " do") + " not fit at this size";
        }
        return lanesAbove + " and " + below + " below do not fit at this size";
    }

    /** The line under the lanes of a whole drawing that says how many did not fit. */
    private void drawLanesLeftOut(GraphicsContext gc, int count, double x, double s, TimelineStyle style) {
        gc.setFont(Font.font(style.fontFamily(), style.fontSize() * s));
        gc.setFill(style.mutedInk());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        String text = lanesLeftOutText(layout.firstLane(), count - layout.firstLane());
        gc.fillText(text, x + 8 * s, lanesBottom() + noteHeight(style, s) / 2);
    }

    /**
     * Draws the plot (everything under the axis and right of the headers) between the layout's x
     * positions {@code x1} and {@code x2}, with (x1, top of the plot) at {@code gc}'s origin: one strip of
     * the on-screen view, which pans by moving its strips and drawing only the ones that come into view.
     * Strips drawn side by side join without a seam, as long as they share {@code labelsFrom} and
     * {@code labelsTo}: labels that start left of {@code labelsFrom} are left out, and labels are cut with an
     * ellipsis at {@code labelsTo} (the view's edges when the strips began, so that a still view shows no
     * label cut under the lane headers or by its right edge).
     */
    void renderStrip(GraphicsContext gc, TimelineFrame frame, double x1, double x2, double labelsFrom,
                     double labelsTo) {
        gc.save();
        gc.translate(-x1, -plotTop);
        this.labelsFrom = labelsFrom;
        this.labelsTo = labelsTo;
        laneEnd = layout.endLane();
        paintPlot(gc, frame, x1, x2, plotBottom, 1);
        this.labelsFrom = Double.NEGATIVE_INFINITY;
        this.labelsTo = Double.POSITIVE_INFINITY;
        gc.restore();
    }

    /**
     * Draws the lane header column, {@code width} wide, from the top of the band (screen, scale 1): the
     * corner beside the axis rows, then the lanes' headers below it.
     */
    void renderHeaders(GraphicsContext gc, TimelineFrame frame, double width) {
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        laneEnd = layout.endLane();
        headerPainter.draw(gc, layout, lanes, laneEnd, palette, 0, plotTop, headerWidth, 1, frame.style());
        AxisPainter.drawBase(gc, 0, 0, width, 1, frame.style());
    }

    /**
     * Draws the two-row axis for the visible part {@code view} of the layout (screen, scale 1), in the unit
     * the layout's grid uses, so its ticks meet the grid lines of the strips: the part from layout x
     * {@code left} (the plot's left edge) to {@code width}, with {@code left} at {@code gc}'s origin. The
     * corner left of it belongs to the header column ({@link #renderHeaders}).
     */
    void renderAxis(GraphicsContext gc, TimelineFrame frame, double left, double width, TimeScale view) {
        AxisTicks.Layout visible = AxisTicks.layout(view, axisMeasurer, axisBold, frame.locale(), PAD, axis.unit());
        gc.save();
        gc.translate(-left, 0);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        AxisPainter.draw(gc, left, 0, width - left, 1, frame.style(), view, visible, frame.nowMillis(), bold());
        gc.restore();
    }

    /** The plot between x1 and x2 (layout coordinates), from below the axis down to {@code bottom}. */
    private void paintPlot(GraphicsContext gc, TimelineFrame frame, double x1, double x2, double bottom, double scale) {
        TimelineStyle style = frame.style();
        TimeScale ts = layout.scale();
        double eraH = frame.dataset().eras().isEmpty() ? 0 : ERA_ROW * scale;
        // Lane bands cover the lanes; the background is filled only above and below them (large fills
        // are a real cost per frame in the software pipeline).
        gc.setFill(style.background());
        double lanesTop = layout.top();
        double lanesBottom = lanesBottom();
        gc.fillRect(x1, plotTop, x2 - x1, lanesTop - plotTop);
        if (lanesBottom < bottom) {
            gc.fillRect(x1, lanesBottom, x2 - x1, bottom - lanesBottom);
        }
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineDashes();

        List<Era> eras = frame.dataset().eras();
        drawLaneBands(gc, x1, x2, style);
        if (!eras.isEmpty()) {
            eraPainter.drawBands(gc, eras, layout, laneEnd, plotTop, bottom, x1, x2, style);
        }
        drawGrid(gc, plotTop, bottom, scale, style, x1, x2);
        if (!eras.isEmpty()) {
            // an era begun earlier keeps its title at the view's edge
            eraPainter.drawTitles(gc, eras, ts, plotTop, eraH, x1, x2, labelsFrom, scale, style);
        }
        drawToday(gc, frame, ts, plotTop, bottom, scale, style);
        drawClusters(gc, frame, scale, style, x1, x2);
        drawItems(gc, frame, scale, style, x1, x2);
        drawLaneLines(gc, x1, x2, scale, style);
    }

    /** Lays out the frame without drawing (also done by {@link #render}); for hit testing and tests. */
    public TimelineLayout prepare(TimelineFrame frame, double x, double y, double width, double height, double scale) {
        return prepare(frame, x, y, width, height, scale, frame.window(), 0, 0);
    }

    /**
     * Lays out {@code span}, which reaches {@code before} pixels left of the plot and {@code after} pixels
     * right of it (the on-screen view lays out more than it shows, so that a pan only moves what was drawn).
     */
    TimelineLayout prepare(TimelineFrame frame, double x, double y, double width, double height, double scale,
                           TimeWindow span, double before, double after) {
        headerWidth = headerWidth(frame, width, scale);
        plotX0 = x + headerWidth;
        double axisH = 2 * AXIS_ROW * scale;
        double eraH = frame.dataset().eras().isEmpty() ? 0 : ERA_ROW * scale;
        double plotW = Math.max(1, width - headerWidth - PAD * scale);
        plotWidth = plotW;
        drawScale = scale;
        plotTop = y + axisH;
        plotBottom = y + height;
        double top = plotTop + eraH;
        int selected = positionOf(frame.selected());
        double[] key = {span.startMillis(), span.endMillis(), plotX0, plotW, top, y + height, scale,
            System.identityHashCode(lanes), System.identityHashCode(text), before, after, firstLane, selected};
        if (layout.scale() == null || !java.util.Arrays.equals(key, layoutKey)) {
            TimeScale ts = new TimeScale(span, plotX0 - before, plotW + before + after);
            layout.showFromLane(firstLane);
            layout.keepLabelWhole(selected);
            layout.compute(lanes, text, ts, top, y + height, scale, headerPainter.twoLineTitleHeights(lanes, headerWidth, scale, frame.style()));
            System.arraycopy(key, 0, layoutKey, 0, key.length);
            axis = AxisTicks.layout(ts, axisMeasurer.scaled(scale), axisBold.scaled(scale), frame.locale(),
                    PAD * scale);
        }
        return layout;
    }

    /**
     * Width of the lane header column for {@code frame} in a drawing {@code width} wide: nested lanes (the
     * organisation tree) widen it by their indent, so that a title three levels down has the room of a top one.
     */
    double headerWidth(TimelineFrame frame, double width, double scale) {
        ensureCaches(frame);
        return Math.min((HEADER + INDENT * lanes.depth()) * scale, width * 0.3);
    }

    /**
     * Lets go of what was kept from the last data drawn (the view has none to draw now: an empty dataset), so that
     * its events are not kept alive until the next data comes.
     */
    void release() {
        lanes = null;
        text = null;
        palette = null;
        emphasisFor = null;
        emphasis = new byte[0];
        layout.release();
        headerPainter.forget(); // its cache key holds the lanes
    }

    /** The layout of the last frame drawn or prepared. */
    public TimelineLayout layout() {
        return layout;
    }

    /** The lanes of the last frame drawn or prepared (for sharing with the overview). */
    public LaneModel lanes() {
        return lanes;
    }

    /** Width of the plot (right of the lane headers) in the last frame drawn or prepared; 0 before any. */
    public double plotWidth() {
        return plotWidth;
    }

    /**
     * Pixels from {@code event}'s start to the end of its whole label, in the type and scale of the last frame
     * drawn or prepared: its shape, the gap and the label (0 before any frame).
     */
    public double labelReach(TimelineEvent event, Locale locale) {
        if (labelMeasurer == null) {
            return 0;
        }
        return (TimelineLayout.MARKER_SIZE + TimelineLayout.LABEL_GAP) * drawScale
                + labelMeasurer.width(EventText.labelOf(event, locale)) * drawScale;
    }

    /**
     * Shows the lanes from lane {@code lane} down in the frames prepared from now on, when they need more
     * height than the drawing has (the on-screen view scrolls them; exports start at the first).
     */
    void showFromLane(int lane) {
        firstLane = lane;
    }

    /** Width of the lane headers of the last frame. */
    public double headerWidth() {
        return headerWidth;
    }

    /** The position of {@code event} in the last frame's event list, or -1. */
    public int positionOf(TimelineEvent event) {
        if (event == null || text == null) {
            return -1;
        }
        List<TimelineEvent> events = text.events();
        int i = java.util.Collections.binarySearch(events, event, Dataset.TIME_ORDER);
        return i >= 0 && events.get(i).equals(event) ? i : -1;
    }

    /** The event at a position of the last frame's event list. */
    public TimelineEvent eventAt(int position) {
        return text.events().get(position);
    }

    private void ensureCaches(TimelineFrame frame) {
        TimelineStyle style = frame.style();
        String mk = style.fontFamily() + "|" + style.fontSize() + "|" + style.axisFontSize();
        if (!mk.equals(measurerKey)) {
            labelMeasurer = new FxTextMeasurer(Font.font(style.fontFamily(), style.fontSize()));
            axisMeasurer = new FxTextMeasurer(Font.font(style.fontFamily(), style.axisFontSize()));
            axisBold = new FxTextMeasurer(Font.font(style.fontFamily(), FontWeight.BOLD, style.axisFontSize()));
            measurerKey = mk;
            text = null;
        }
        headerPainter.bold(labelMeasurer, measurerKey);
        if (lanes == null || !lanes.builtFor(frame.dataset(), frame.events(), frame.grouping(), frame.collapsedLanes())) {
            lanes = LaneModel.build(frame.dataset(), frame.events(), frame.grouping(), frame.collapsedLanes());
        }
        if (text == null || text.events() != frame.events() || !text.locale().equals(frame.locale())) {
            FxTextMeasurer m = labelMeasurer;
            text = new EventText(frame.events(), frame.locale(), m::measure);
            emphasis = new byte[frame.events().size()];
            emphasisFor = null;
        }
        if (palette == null || !palette.matches(frame.dataset(), frame.events(), style)) {
            palette = new Palette(frame.dataset(), frame.events(), style);
        }
        if (emphasisFor != frame.emphasis()) {
            java.util.Arrays.fill(emphasis, (byte) 0);
            emphasisFor = frame.emphasis();
        }
    }

    private boolean emphasised(TimelineFrame frame, int position) {
        byte b = emphasis[position];
        if (b == 0) {
            b = frame.emphasis().test(frame.events().get(position)) ? (byte) 1 : (byte) 2;
            emphasis[position] = b;
        }
        return b == 1;
    }

    /** Lane bands between x1 and x2 (the {@link LaneHeaderPainter} fills the header column). */
    private void drawLaneBands(GraphicsContext gc, double x1, double x2, TimelineStyle style) {
        for (int l = layout.firstLane(); l < laneEnd; l++) {
            gc.setFill(laneBand(l, style));
            gc.fillRect(x1, layout.laneTop(l), x2 - x1, layout.laneHeight(l));
        }
    }

    /** The line under each lane, between x1 and x2 (the {@link LaneHeaderPainter} draws it across the headers). */
    private void drawLaneLines(GraphicsContext gc, double x1, double x2, double s, TimelineStyle style) {
        double lw = Math.max(1, s);
        gc.setFill(style.gridLine());
        for (int l = layout.firstLane(); l < laneEnd; l++) {
            Lines.horizontal(gc, x1, x2, Lines.snap(layout.laneTop(l) + layout.laneHeight(l), s), lw);
        }
    }

    static Color laneBand(int lane, TimelineStyle style) {
        return lane % 2 == 0 ? style.laneBackground() : style.laneAlternate();
    }

    private void drawGrid(GraphicsContext gc, double top, double bottom, double s, TimelineStyle style, double x1,
                          double x2) {
        double lw = Math.max(1, s);
        double end = bottom - lw / 2; // the line's square cap ends at the bottom, not below it
        gc.setFill(style.gridLine());
        for (double tx : axis.minorTicks()) {
            if (tx >= x1 - lw && tx <= x2 + lw) {
                Lines.vertical(gc, Lines.snap(tx, s), top, end, lw);
            }
        }
        gc.setFill(majorGrid(style));
        for (double tx : axis.majorTicks()) {
            if (tx >= x1 - lw && tx <= x2 + lw) {
                Lines.vertical(gc, Lines.snap(tx, s), top, end, lw);
            }
        }
    }

    private Color majorGridBase;
    private Color majorGrid;

    private Color majorGrid(TimelineStyle style) {
        if (style.mutedInk() != majorGridBase) {
            majorGridBase = style.mutedInk();
            majorGrid = majorGridBase.deriveColor(0, 1, 1, 0.35);
        }
        return majorGrid;
    }

    /**
     * The era whose title row holds layout point ({@code x}, {@code y}) in the last frame drawn or prepared (the
     * last such era, the one drawn on top, where they overlap), or -1: its position in the dataset's eras.
     */
    int eraAt(TimelineFrame frame, double x, double y) {
        return EraPainter.eraAt(frame.dataset().eras(), layout, plotTop, x, y);
    }

    private void drawToday(GraphicsContext gc, TimelineFrame frame, TimeScale ts, double top, double bottom, double s,
                           TimelineStyle style) {
        long now = frame.nowMillis();
        if (now < ts.startMillis() || now >= ts.endMillis()) {
            return;
        }
        double px = ts.x(now);
        gc.setFill(style.todayLine());
        Lines.vertical(gc, px, top, bottom - TODAY_WIDTH / 2 * s, TODAY_WIDTH * s);
    }

    /** Width of the today line at scale 1. */
    private static final double TODAY_WIDTH = 1.5;

    /** Reach of a marker's selection ring and a bar's end caps beyond the item's laid-out extent. */
    private static final double ITEM_SLACK = 8;

    private void drawItems(GraphicsContext gc, TimelineFrame frame, double s, TimelineStyle style, double x1,
                           double x2) {
        double slack = ITEM_SLACK * s;
        double row = TimelineLayout.ROW * s;
        double marker = TimelineLayout.MARKER_SIZE * s;
        int selected = positionOf(frame.selected());
        gc.setFont(Font.font(style.fontFamily(), style.fontSize() * s));
        for (int lane = layout.firstLane(); lane < laneEnd; lane++) {
            double laneTop = layout.laneTop(lane);
            double laneBottom = Math.min(laneTop + layout.laneHeight(lane), layout.bottom() - row / 2);
            Color band = laneBand(lane, style);
            for (int i = layout.laneFirstItem(lane); i < layout.laneEndItem(lane); i++) {
                if (!layout.itemShown(i) || layout.itemY(i) < laneTop || layout.itemY(i) >= laneBottom
                        || layout.itemLeft(i) - slack > x2 || layout.itemRight(i) + slack < x1) {
                    continue;
                }
                drawItem(gc, frame, i, selected, band, row, marker, s, style);
            }
        }
    }

    /**
     * One event. Every colour is opaque, already blended over the lane band ({@link OpaqueBlends}),
     * dimming included: translucent fills and a global alpha make the software pipeline blend each pixel.
     */
    private void drawItem(GraphicsContext gc, TimelineFrame frame, int i, int selected, Color band, double row,
                          double marker, double s, TimelineStyle style) {
        TimeScale ts = layout.scale();
        int position = layout.itemEvent(i);
        TimelineEvent e = frame.events().get(position);
        // The selected event is never dimmed: picked outside a highlight, it is still what the user looks at.
        double alpha = position == selected || emphasised(frame, position) ? 1 : frame.style().dimmedOpacity();
        Color base = palette.of(position);
        Color color = blends.over(band, base, alpha);
        double y = layout.itemY(i);
        double x1 = layout.itemX1(i);
        double x2 = layout.itemX2(i);
        byte kind = layout.itemKind(i);
        double vx1 = Math.max(x1, ts.x0() - 2 * s);
        double vx2 = Math.min(x2, ts.x1() + 2 * s);
        double lx = layout.itemLabelX(i);
        double limit = layout.itemLabelLimit(i);
        if (!layout.itemLabelBefore(i) && x2 > labelsFrom + TimelineLayout.MIN_LABEL * s
                && lx < labelsFrom + TimelineLayout.LABEL_GAP * s) {
            // A span begun before the view keeps its label at the view's edge, as the layout does at its own.
            lx = labelsFrom + TimelineLayout.LABEL_GAP * s;
            limit = Math.min(layout.itemLabelRoomEnd(i), lx + layout.itemLabelWidth(i));
        }
        double available = Math.min(Math.min(limit, ts.x1()), labelsTo) - lx;
        // A label that would start under the lane headers is left out rather than shown cut.
        String label = available >= TimelineLayout.MIN_LABEL * s * 0.5 && lx >= ts.x0() && lx >= labelsFrom
                && lx < ts.x1() ? text.fitted(position, available / s) : null;
        if (label != null) {
            // Grid lines and the today line stop at the label's row instead of crossing its letters. Done before
            // the item's shape, so a bar or band the label lies on is drawn over it.
            double half = row / 2; // its whole row: lines stop at a stack of labels, not between its rows
            double pad = 2 * s;
            clearLinesUnder(gc, frame, band, Math.max(lx - pad, Math.max(labelsFrom, ts.x0())),
                    Math.min(lx + Math.min(available, layout.itemLabelWidth(i)) + pad, ts.x1()), y - half, y + half, s);
        }
        double lw = Math.max(1, s);
        if (kind == TimelineLayout.BAND) {
            double top = y - row / 2 + 2 * s;
            double h = row - 4 * s;
            // Status as on a bar: a proposal is hollow with a dashed outline, a report lighter.
            boolean proposed = e.status() == EventStatus.PROPOSED;
            Color fill = proposed ? band : blends.over(band, palette.derived(base, 2), alpha);
            Color hatch = blends.over(fill, palette.derived(base, e.status() == EventStatus.REPORTED ? 1 : 3), alpha);
            // The hatching is anchored to the band's own start, so it moves with the band when the view pans.
            hatches.fill(gc, vx1, top, Math.max(1, vx2 - vx1), h, 6 * s, Math.max(1, s * 0.8), fill, hatch,
                    ts.x(e.startMillis()));
            if (proposed) {
                drawDashedOutline(gc, color, x1, x2, vx1, vx2, top, h, lw, s);
            } else {
                gc.setFill(color);
                if (x1 >= ts.x0() - 1) {
                    Lines.vertical(gc, x1, top, top + h, lw);
                }
                if (x2 <= ts.x1() + 1) {
                    Lines.vertical(gc, x2, top, top + h, lw);
                }
            }
        } else if (kind == TimelineLayout.BAR) {
            double h = row - 6 * s; // the label sits inside the bar, clear of its edges
            double w = Math.max(1, vx2 - vx1);
            if (e.status() == EventStatus.PROPOSED) {
                gc.setStroke(color);
                gc.setLineWidth(lw);
                gc.setLineDashes(4 * s, 3 * s);
                gc.strokeRect(vx1, y - h / 2, w, h);
                gc.setLineDashes();
            } else {
                // The outline colour, then the fill inside it: two rectangles instead of a fill and four edges.
                gc.setFill(color);
                gc.fillRect(vx1, y - h / 2, w, h);
                if (w > 2 * lw) {
                    gc.setFill(blends.over(band, palette.derived(base, e.status() == EventStatus.REPORTED ? 1 : 0), alpha));
                    gc.fillRect(vx1 + lw, y - h / 2 + lw, w - 2 * lw, h - 2 * lw);
                }
            }
        } else if (x2 - x1 >= 2 * marker) {
            gc.setFill(blends.over(band, palette.derived(base, 4), alpha));
            gc.fillRect(vx1, y - row / 2 + 2 * s, vx2 - vx1, row - 4 * s);
        }
        double cx = layout.itemCx(i);
        // An item can be laid out for its label alone (its marker lies before the window): never draw the
        // marker outside the plot, where it would land on the lane headers or on whatever is beside them.
        boolean markerInPlot = cx >= ts.x0() - marker / 2 && cx <= ts.x1() + marker / 2;
        if (markerInPlot) {
            StatusGlyphs.draw(gc, e.status(), cx, y, marker, color, band);
        }
        if (position == selected && markerInPlot) {
            gc.setStroke(style.selection());
            gc.setLineWidth(2 * s);
            double r = marker / 2 + 3 * s;
            gc.strokeOval(layout.itemCx(i) - r, y - r, 2 * r, 2 * r);
        }
        if (label != null) {
            gc.setFill(blends.over(band, style.ink(), alpha));
            gc.fillText(label, lx, y);
            if (position == selected) {
                double w = Math.min(available, layout.itemLabelWidth(i));
                gc.setFill(style.selection());
                Lines.horizontal(gc, lx, lx + w, y + row / 2 - 3 * s, 1.5 * s);
            }
        }
    }

    /**
     * A proposed band's outline, dashed: its top and bottom across what is in view ({@code vx1} to {@code vx2}), and
     * its ends only where they are in view, so a band begun before the view does not seem to begin at its edge.
     */
    private void drawDashedOutline(GraphicsContext gc, Color color, double x1, double x2, double vx1, double vx2,
                                   double top, double h, double lw, double s) {
        TimeScale ts = layout.scale();
        double half = lw / 2;
        gc.setStroke(color);
        gc.setLineWidth(lw);
        gc.setLineDashes(4 * s, 3 * s);
        gc.strokeLine(vx1, top + half, vx2, top + half);
        gc.strokeLine(vx1, top + h - half, vx2, top + h - half);
        if (x1 >= ts.x0() - 1) {
            gc.strokeLine(x1 + half, top, x1 + half, top + h);
        }
        if (x2 <= ts.x1() + 1) {
            gc.strokeLine(x2 - half, top, x2 - half, top + h);
        }
        gc.setLineDashes();
    }

    /**
     * Paints the grid lines and the today line where they cross the rectangle from ({@code x1}, {@code y1}) to
     * ({@code x2}, {@code y2}) of a lane whose band is {@code band} with what lies under them there (the band,
     * an era): only the lines' few pixels, not the whole rectangle, which would cost a fill as large as the
     * label per label.
     */
    private void clearLinesUnder(GraphicsContext gc, TimelineFrame frame, Color band, double x1, double x2, double y1,
                                 double y2, double s) {
        double lw = Math.max(1, s);
        clearTicks(gc, frame, axis.minorTicks(), null, band, x1, x2, y1, y2, s, lw);
        clearTicks(gc, frame, axis.majorTicks(), axis.minorTicks(), band, x1, x2, y1, y2, s, lw);
        TimeScale ts = layout.scale();
        long now = frame.nowMillis();
        if (now >= ts.startMillis() && now < ts.endMillis()) {
            double px = ts.x(now);
            double hw = TODAY_WIDTH / 2 * s;
            if (px + hw > x1 && px - hw < x2) {
                eraPainter.fillGround(gc, frame.dataset().eras(), ts, band, px - hw, px + hw, y1, y2, frame.style());
            }
        }
    }

    /** The same for the lines at {@code ticks}, but for those at one of {@code cleared} (null: none), done already. */
    private void clearTicks(GraphicsContext gc, TimelineFrame frame, double[] ticks, double[] cleared, Color band,
                            double x1, double x2, double y1, double y2, double s, double lw) {
        int i = java.util.Arrays.binarySearch(ticks, x1 - lw);
        for (i = i < 0 ? -i - 1 : i; i < ticks.length && ticks[i] - lw < x2; i++) {
            double x = Lines.snap(ticks[i], s);
            if (x + lw / 2 > x1 && x - lw / 2 < x2
                    && (cleared == null || java.util.Arrays.binarySearch(cleared, ticks[i]) < 0)) {
                eraPainter.fillGround(gc, frame.dataset().eras(), layout.scale(), band, x - lw / 2, x + lw / 2, y1, y2,
                        frame.style());
            }
        }
    }

    private void drawClusters(GraphicsContext gc, TimelineFrame frame, double s, TimelineStyle style, double from,
                              double to) {
        int n = layout.clusterCount();
        if (n == 0) {
            return;
        }
        double maxLog = Math.log1p(Math.max(1, layout.maxClusterSize()));
        gc.setFont(Font.font(style.fontFamily(), style.axisFontSize() * 0.9 * s));
        gc.setTextAlign(TextAlignment.CENTER);
        double digit = axisMeasurer.width("0") * 0.9 * s;
        for (int c = 0; c < n; c++) {
            double x1 = Math.max(layout.scale().x0(), layout.clusterX1(c)) + s;
            double x2 = Math.min(layout.scale().x1(), layout.clusterX2(c)) - s;
            if (x2 <= x1 || x2 < from || x1 > to || layout.clusterLane(c) >= laneEnd) {
                continue;
            }
            double y1 = layout.clusterY1(c);
            double y2 = layout.clusterY2(c);
            int count = layout.clusterSize(c);
            String label = Counts.label(count, layout.clusterIsOverflow(c));
            double textW = digit * label.length();
            if (layout.clusterIsOverflow(c)) {
                gc.setFill(style.gridLine());
                gc.fillRect(x1, y1, x2 - x1, y2 - y1);
                if (textW <= x2 - x1) {
                    gc.setFill(style.mutedInk());
                    gc.fillText(label, (x1 + x2) / 2, (y1 + y2) / 2);
                }
                continue;
            }
            int lane = layout.clusterLane(c);
            Color color = laneColor(frame, lane);
            double strength = Math.log1p(count) / maxLog;
            // Opaque: the lane colour already blended over the lane band (see {@link EraPainter}).
            Color fill = blends.over(laneBand(lane, style), color, 0.15 + 0.6 * strength);
            gc.setFill(fill);
            gc.fillRect(x1, y1, x2 - x1, y2 - y1);
            if (textW + 4 * s <= x2 - x1) {
                gc.setFill(inks.on(fill, style.ink(), style.background()));
                gc.fillText(label, (x1 + x2) / 2, (y1 + y2) / 2);
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** The label type in bold, at scale 1. */
    private TextMeasurer bold() {
        return headerPainter.bold(labelMeasurer, measurerKey);
    }

    private Color laneColor(TimelineFrame frame, int lane) {
        return palette.organisation(lanes.lanes().get(lane).colorOrgId());
    }

}
