package org.sightline.view.timeline;

import java.util.Arrays;

/**
 * Where everything goes in one drawing: lane heights, the row and geometry of every visible event,
 * and the clusters of lanes too dense to draw event by event. Pure (no JavaFX), computed only when the
 * data, the window or the size change, and reused between frames; its arrays grow but are never
 * reallocated per frame. Hit testing looks only at what was laid out.
 */
public final class TimelineLayout {

    /** Item kinds. */
    public static final byte MARKER = 0;
    public static final byte BAR = 1;
    public static final byte BAND = 2;

    /** Lane modes. */
    public static final byte STACKED = 0;
    public static final byte CLUSTERED = 1;

    /** Base sizes in layout pixels, multiplied by the drawing scale. */
    static final double ROW = 22;
    public static final double MARKER_SIZE = 11;
    static final double LABEL_GAP = 5;
    static final double ITEM_GAP = 10;
    static final double LANE_PAD = 4;
    static final double STRIP = 16;
    static final double MIN_LABEL = 56;
    static final double CLUSTER_PX = 40;
    /** The narrowest a cluster is drawn, where its events span less time than that. */
    static final double MIN_CLUSTER_PX = 8;
    /** A lane with more visible events than its width divided by this is drawn as clusters. */
    static final double PX_PER_STACKED_EVENT = 12;
    /** Events this many pixels left of the window still count (their labels reach into view). */
    static final double LEFT_MARGIN = 320;

    private LaneModel lanes;
    private TimeScale scale;
    private double s = 1;
    private double top;
    private double bottom;
    /** The lane asked to be shown first, when the lanes need more height than there is ({@link #showFromLane}). */
    private int requestedFirstLane;
    /** The event (position in the event list) whose label no later item in its row may cut; -1 for none. */
    private int wholeLabel = -1;
    private int firstLane;
    private int maxFirstLane;

    // Lanes.
    private double[] laneTop = new double[8];
    private double[] laneHeight = new double[8];
    private byte[] laneMode = new byte[8];
    private int[] laneRows = new int[8];
    private int[] laneNeed = new int[8];
    private int[] laneCap = new int[8];
    private boolean[] laneOverflow = new boolean[8];
    private int[] laneFirstItem = new int[9];
    private int[] laneVisible = new int[8];

    // Items (visible events of stacked lanes), grouped by lane in start order.
    private int items;
    private int[] itemEvent = new int[64];
    private byte[] itemKind = new byte[64];
    private double[] itemLeft = new double[64];
    private double[] itemShapeEnd = new double[64];
    private double[] itemX1 = new double[64];
    private double[] itemX2 = new double[64];
    private double[] itemCx = new double[64];
    private double[] itemLabelX = new double[64];
    private double[] itemLabelW = new double[64];
    private double[] itemCompactEnd = new double[64];
    private double[] itemFullEnd = new double[64];
    private double[] itemLabelEnd = new double[64];
    /** Where the label starts when it goes before the shape (NaN: it may not), and whether it went there. */
    private double[] itemFlipLeft = new double[64];
    /** How wide the label is when it goes before the shape: whole, or cut to the room there. */
    private double[] itemFlipW = new double[64];
    private boolean[] itemFlipped = new boolean[64];
    /** The same for a view drawn at rest inside the laid-out span ({@link #placeLabelsCutBy}). */
    private double[] itemViewLeft = new double[64];
    private boolean[] itemViewBefore = new boolean[64];
    private double[] rowRightX = new double[8];
    private int[] itemRow = new int[64];
    private double[] itemY = new double[64];

    // Clusters (dense lanes) and overflow counts (stacked lanes that ran out of rows).
    private int clusters;
    private double[] clX1 = new double[64];
    private double[] clX2 = new double[64];
    private double[] clY1 = new double[64];
    private double[] clY2 = new double[64];
    private int[] clCount = new int[64];
    private long[] clStart = new long[64];
    private long[] clEnd = new long[64];
    private boolean[] clOverflow = new boolean[64];
    private int[] clLane = new int[64];
    private int maxClusterCount;

    private final RowStacker stacker = new RowStacker();
    /** Rows the stacking opened for labels placed before their shapes (see {@link RowStacker}). */
    private int rowsOpenedForLabels;
    private final Clusters counter = new Clusters();

    /**
     * Lays out the lanes between {@code top} and {@code bottom} for the plot area of {@code scale}.
     *
     * @param text  labels and their base-size widths
     * @param s     the drawing scale (1 on screen)
     */
    public void compute(LaneModel laneModel, EventText text, TimeScale timeScale, double top, double bottom,
                        double s) {
        compute(laneModel, text, timeScale, top, bottom, s, null);
    }

    /**
     * As {@link #compute(LaneModel, EventText, TimeScale, double, double, double)}, and lane {@code l} is made at
     * least {@code minHeights[l]} tall when the spare height allows it for every such lane (a lane header whose
     * title needs two lines, say); {@code minHeights} may be null.
     */
    public void compute(LaneModel laneModel, EventText text, TimeScale timeScale, double top, double bottom,
                        double s, double[] minHeights) {
        this.lanes = laneModel;
        this.scale = timeScale;
        this.s = s;
        this.top = top;
        this.bottom = bottom;
        int laneCount = laneModel.size();
        ensureLanes(laneCount);
        items = 0;
        rowsOpenedForLabels = 0;
        clusters = 0;
        maxClusterCount = 0;
        double row = ROW * s;
        double pad = LANE_PAD * s;
        double available = Math.max(0, bottom - top);
        int capAll = Math.max(1, (int) Math.floor((available - 2 * pad) / row));
        long from = scale.startMillis();
        long to = scale.endMillis();
        long fromWithLabels = (long) Math.floor(scale.millisAt(scale.x0() - LEFT_MARGIN * s));
        double clusterLimit = scale.width() / (PX_PER_STACKED_EVENT * s);

        for (int l = 0; l < laneCount; l++) {
            EventIndex index = laneModel.index(l);
            int visible = index.countOverlapping(from, to);
            laneVisible[l] = visible;
            laneFirstItem[l] = items;
            boolean collapsed = laneModel.lanes().get(l).collapsed() && !laneModel.lanes().get(l).expandable();
            if (visible > clusterLimit * (collapsed ? 1 : Math.min(capAll, 4))) {
                laneMode[l] = CLUSTERED;
                laneNeed[l] = collapsed ? 1 : Math.min(2, capAll);
                laneOverflow[l] = false;
                continue;
            }
            laneMode[l] = STACKED;
            addItems(index, fromWithLabels, to, text);
            int n = items - laneFirstItem[l];
            laneCap[l] = collapsed ? 1 : capAll;
            laneNeed[l] = Math.max(1, stackLane(l, n, laneCap[l], true));
        }
        laneFirstItem[laneCount] = items;

        // Share the height: the largest row cap c for which every lane fits. Labels that the right edge would
        // cut go before their markers, in rows of their own if need be, unless those rows cost a lane that
        // must share too little height a row for its events: then rows go to events first.
        int c = sharedCap(laneCount, capAll, available);
        boolean rowsForLabels = true;
        if (rowsOpenedForLabels > 0 && anyCapped(laneCount, c)) {
            restack(laneCount, false);
            int plain = sharedCap(laneCount, capAll, available);
            if (plain > c) {
                c = plain;
                rowsForLabels = false;
            } else {
                restack(laneCount, true);
            }
        }
        for (int l = 0; l < laneCount; l++) {
            if (laneMode[l] == STACKED && laneNeed[l] > c) {
                stackLane(l, laneFirstItem[l + 1] - laneFirstItem[l], c, rowsForLabels);
                laneNeed[l] = c;
            }
        }
        for (int l = 0; l < laneCount; l++) {
            laneRows[l] = Math.min(laneNeed[l], c);
            laneHeight[l] = laneHeightFor(l, laneRows[l]);
        }
        shareSpareHeight(laneCount, available, minHeights);
        // Lanes that need more height than there is scroll by whole lanes: those before the first shown lie
        // above the top, where nothing of them is drawn or hit.
        maxFirstLane = maxFirstLane(laneCount, available);
        firstLane = Math.max(0, Math.min(requestedFirstLane, maxFirstLane));
        double y = top;
        for (int l = 0; l < firstLane; l++) {
            y -= laneHeight[l];
        }
        for (int l = 0; l < laneCount; l++) {
            laneTop[l] = y;
            y += laneHeight[l];
        }
        for (int l = 0; l < laneCount; l++) {
            if (laneMode[l] != CLUSTERED) {
                placeItems(l);
            } else if (l >= firstLane) {
                addClusters(l, laneModel.index(l), from, to);
            }
        }
    }

    /** The largest first lane from which the lanes down to the last fill the available height (0: all fit). */
    private int maxFirstLane(int laneCount, double available) {
        double below = 0;
        for (int l = laneCount - 1; l >= 0; l--) {
            below += laneHeight[l];
            if (below > available) {
                return Math.min(laneCount - 1, l + 1);
            }
        }
        return 0;
    }

    /**
     * Asks the next {@link #compute} to show the lanes from lane {@code lane} down, when they need more height
     * than there is; it keeps the lanes as high as they are, and shows as many lanes as fit from there
     * (fewer lanes ahead of the last do not scroll further).
     */
    public void showFromLane(int lane) {
        requestedFirstLane = Math.max(0, lane);
    }

    /**
     * Asks the next {@link #compute} to keep the label of the event at {@code position} (the selected one, a
     * briefing step's) whole: an item after it in its row that would cut it goes to another row, or is counted
     * in the lane's overflow; -1 for none.
     */
    public void keepLabelWhole(int position) {
        wholeLabel = position;
    }

    /**
     * Adds the lane's events that start before {@code to} and end after {@code fromWithLabels}. A method of
     * its own, called once per lane, so that the JIT compiles this loop within the first frames: inside
     * {@link #compute}, which runs once per frame, it ran interpreted for the first few hundred frames.
     */
    private void addItems(EventIndex index, long fromWithLabels, long to, EventText text) {
        int end = index.firstStartingAtOrAfter(to);
        for (int k = index.firstCandidate(fromWithLabels); k < end; k++) {
            if (index.end(k) <= fromWithLabels) {
                continue;
            }
            int id = index.id(k);
            addItem(id, index.start(k), index.end(k), text.dating(id), text.width(id));
        }
    }

    /**
     * Spreads the height left over below the lanes evenly over them, except that a lane below its minimum
     * height is raised to it first, when the spare height covers every such lane (else all share evenly).
     */
    private void shareSpareHeight(int laneCount, double available, double[] minHeights) {
        if (laneCount == 0) {
            return;
        }
        double used = 0;
        for (int l = 0; l < laneCount; l++) {
            used += laneHeight[l];
        }
        double spare = Math.max(0, available - used);
        double raise = 0;
        if (minHeights != null) {
            for (int l = 0; l < laneCount; l++) {
                raise += Math.max(0, minHeights[l] - laneHeight[l]);
            }
        }
        if (raise == 0 || raise > spare) {
            for (int l = 0; l < laneCount; l++) {
                laneHeight[l] += spare / laneCount;
            }
            return;
        }
        // The even share e such that every lane is max(its height + e, its minimum) and they add up to the
        // available height: lanes that their minimum holds above the share drop out until it settles.
        boolean[] held = new boolean[laneCount];
        double e = spare / laneCount;
        for (int round = 0; round < laneCount; round++) {
            double fixed = 0;
            int free = 0;
            double freeBase = 0;
            for (int l = 0; l < laneCount; l++) {
                if (!held[l] && laneHeight[l] + e < minHeights[l]) {
                    held[l] = true;
                }
                if (held[l]) {
                    fixed += minHeights[l];
                } else {
                    free++;
                    freeBase += laneHeight[l];
                }
            }
            double next = free == 0 ? 0 : Math.max(0, (used + spare - fixed - freeBase) / free);
            if (next == e) {
                break;
            }
            e = next;
        }
        for (int l = 0; l < laneCount; l++) {
            laneHeight[l] = held[l] ? minHeights[l] : laneHeight[l] + e;
        }
    }

    private boolean anyCapped(int laneCount, int cap) {
        for (int l = 0; l < laneCount; l++) {
            if (laneMode[l] == STACKED && laneNeed[l] > cap) {
                return true;
            }
        }
        return false;
    }

    /** Stacks every stacked lane again at its full cap, and records the rows it needs. */
    private void restack(int laneCount, boolean rowsForLabels) {
        for (int l = 0; l < laneCount; l++) {
            if (laneMode[l] == STACKED) {
                laneNeed[l] = Math.max(1, stackLane(l, laneFirstItem[l + 1] - laneFirstItem[l], laneCap[l],
                        rowsForLabels));
            }
        }
    }

    /** The largest row cap for which every lane fits in {@code available}. */
    private int sharedCap(int laneCount, int capAll, double available) {
        int c = capAll;
        while (c > 1 && total(laneCount, c) > available) {
            c--;
        }
        return c;
    }

    private double total(int laneCount, int cap) {
        double sum = 0;
        for (int l = 0; l < laneCount; l++) {
            sum += laneHeightFor(l, Math.min(laneNeed[l], cap)) + (laneMode[l] == STACKED && laneNeed[l] > cap
                    && !laneOverflow[l] ? STRIP * s : 0);
        }
        return sum;
    }

    private double laneHeightFor(int l, int rows) {
        return 2 * LANE_PAD * s + rows * ROW * s + (laneMode[l] == STACKED && laneOverflow[l] ? STRIP * s : 0);
    }

    /**
     * Adds event {@code id}, from {@code start} to {@code end} millis, dated as {@link EventText#dating} says,
     * with a label {@code labelWidth} wide at the base size.
     */
    private void addItem(int id, long start, long end, byte dating, double labelWidth) {
        ensureItems(items + 1);
        double r = MARKER_SIZE * s / 2;
        double xs = clampX(scale.x(start));
        double xe = clampX(scale.x(end));
        // A date known only to the month or year is always its whole period; a date known only to the day
        // becomes its whole day too once a day is wide enough to see (never a point at midnight).
        boolean wholeDay = dating == EventText.DAY && xe - xs >= 4 * r;
        byte kind = dating == EventText.COARSE || wholeDay ? BAND : dating == EventText.SPAN ? BAR : MARKER;
        double cx = xs + Math.min(r, (xe - xs) / 2);
        if (kind != MARKER) {
            cx = xs + r;
        }
        double left = Math.min(cx - r, xs);
        double shapeEnd = Math.max(cx + r, xe);
        double labelX = cx + r + LABEL_GAP * s;
        if (xe > scale.x0() + MIN_LABEL * s && labelX < scale.x0() + LABEL_GAP * s) {
            labelX = scale.x0() + LABEL_GAP * s; // a long bar begun earlier keeps its label in view
        }
        double labelW = labelWidth * s;
        // A label that the plot's right edge would cut may go before the shape instead, where it fits whole; or,
        // where it fits on neither side, where much more of it shows (cut to end at the shape).
        double flipLeft = Double.NaN;
        double flipW = labelW;
        if (labelX + labelW > scale.x1()) {
            double from = scale.x0() + LABEL_GAP * s;
            double x = left - LABEL_GAP * s - labelW;
            if (x >= from) {
                flipLeft = x;
            } else {
                double roomBefore = left - LABEL_GAP * s - from;
                if (roomBefore >= 2 * MIN_LABEL * s && roomBefore > 1.5 * (scale.x1() - labelX)) {
                    flipLeft = from;
                    flipW = roomBefore;
                }
            }
        }
        int i = items++;
        itemEvent[i] = id;
        itemKind[i] = kind;
        itemX1[i] = xs;
        itemX2[i] = xe;
        itemCx[i] = cx;
        itemLeft[i] = left;
        itemShapeEnd[i] = shapeEnd;
        itemLabelX[i] = labelX;
        itemLabelW[i] = labelW;
        itemCompactEnd[i] = id == wholeLabel ? Math.max(shapeEnd, labelX + labelW)
                : Math.max(shapeEnd, labelX + Math.min(labelW, MIN_LABEL * s));
        itemFullEnd[i] = Math.max(shapeEnd, labelX + labelW);
        itemFlipLeft[i] = flipLeft;
        itemFlipW[i] = flipW;
        itemFlipped[i] = false;
        itemViewBefore[i] = false;
    }

    private double clampX(double x) {
        double margin = (LEFT_MARGIN + 50) * s;
        return Math.max(scale.x0() - margin, Math.min(scale.x1() + margin, x));
    }

    /** Stacks the items of lane {@code l}; returns the rows used and records overflow. */
    private int stackLane(int l, int n, int cap, boolean rowsForLabels) {
        int first = laneFirstItem[l];
        if (n == 0) {
            laneOverflow[l] = false;
            return 1;
        }
        int keep = -1;
        for (int i = first; wholeLabel >= 0 && i < first + n && keep < 0; i++) {
            keep = itemEvent[i] == wholeLabel ? i : -1;
        }
        stacker.keepInRow(keep);
        int used = stacker.stack(first, first + n, itemLeft, itemCompactEnd, itemFullEnd, itemLabelEnd, itemRow, cap,
                ITEM_GAP * s, itemFlipLeft, itemShapeEnd, itemFlipped, rowsForLabels);
        rowsOpenedForLabels += stacker.rowsOpenedForLabels();
        boolean overflow = false;
        for (int i = first; i < first + n; i++) {
            overflow |= itemRow[i] == RowStacker.OVERFLOW;
        }
        laneOverflow[l] = overflow;
        return used;
    }

    private void placeItems(int l) {
        double row = ROW * s;
        double contentTop = laneTop[l] + LANE_PAD * s;
        int first = laneFirstItem[l];
        int last = laneFirstItem[l + 1];
        boolean overflow = false;
        for (int i = first; i < last; i++) {
            if (itemRow[i] == RowStacker.OVERFLOW) {
                overflow = true;
                itemY[i] = Double.NaN;
            } else {
                itemY[i] = contentTop + itemRow[i] * row + row / 2;
            }
        }
        if (!overflow || l < firstLane) {
            return; // a lane scrolled away above the top has no strip to count in
        }
        // Overflowing events are counted in buckets along a strip at the bottom of the lane.
        double bucketPx = CLUSTER_PX * s;
        double y2 = laneTop[l] + laneHeight[l] - LANE_PAD * s / 2;
        double y1 = y2 - STRIP * s;
        int startCluster = clusters;
        for (int i = first; i < last; i++) {
            if (itemRow[i] != RowStacker.OVERFLOW) {
                continue;
            }
            double x = Math.max(scale.x0(), itemX1[i]);
            long bucket = (long) Math.floor((x - scale.x0()) / bucketPx);
            double bx1 = scale.x0() + bucket * bucketPx;
            int c = clusters - 1;
            if (c >= startCluster && clX1[c] == bx1) {
                clCount[c]++;
                clStart[c] = Math.min(clStart[c], Math.max(scale.startMillis(), text(i, true)));
                clEnd[c] = Math.max(clEnd[c], Math.min(scale.endMillis(), text(i, false)));
            } else {
                ensureClusters(clusters + 1);
                c = clusters++;
                clX1[c] = bx1;
                clX2[c] = Math.min(scale.x1(), bx1 + bucketPx);
                clY1[c] = y1;
                clY2[c] = y2;
                clCount[c] = 1;
                clStart[c] = Math.max(scale.startMillis(), text(i, true));
                clEnd[c] = Math.min(scale.endMillis(), text(i, false));
                clOverflow[c] = true;
                clLane[c] = l;
            }
        }
    }

    /** Start or end millis of item i, from its x extent. */
    private long text(int i, boolean start) {
        return (long) scale.millisAt(start ? itemX1[i] : Math.max(itemX2[i], itemX1[i] + 1));
    }

    private void addClusters(int l, EventIndex index, long from, long to) {
        long bucketMillis = Math.max(1, (long) Math.ceil(scale.millisFor(CLUSTER_PX * s)));
        int n = counter.compute(index, from, to, bucketMillis);
        double y1 = laneTop[l] + LANE_PAD * s;
        double y2 = laneTop[l] + laneHeight[l] - LANE_PAD * s;
        // A bucket at either end of the lane's events covers only the time they do (zoomed out, a bucket of
        // years would begin before the first event and run past the last), yet stays wide enough to see.
        long firstStart = index.start(0);
        long lastEnd = Math.max(index.lastEnd(), firstStart + 1);
        long minMillis = Math.max(1, (long) Math.ceil(scale.millisFor(MIN_CLUSTER_PX * s)));
        for (int b = 0; b < n; b++) {
            int count = counter.count(b);
            if (count == 0) {
                continue;
            }
            ensureClusters(clusters + 1);
            int c = clusters++;
            long bucketFrom = Math.max(from, counter.bucketStart(b));
            long bucketTo = Math.min(to, counter.bucketEnd(b));
            long bs = Math.max(bucketFrom, firstStart);
            long be = Math.min(bucketTo, lastEnd);
            if (be - bs < minMillis) {
                be = Math.min(bucketTo, bs + minMillis);
                bs = Math.max(bucketFrom, be - minMillis);
            }
            clX1[c] = scale.x(bs);
            clX2[c] = scale.x(be);
            clY1[c] = y1;
            clY2[c] = y2;
            clCount[c] = count;
            clStart[c] = bs;
            clEnd[c] = be;
            clOverflow[c] = false;
            clLane[c] = l;
            maxClusterCount = Math.max(maxClusterCount, count);
        }
    }

    /**
     * For a view drawn at rest inside a wider laid-out span (a pan lays out ahead of the view), from layout x
     * {@code viewLeft} to {@code viewRight}: the label of an event in view that the view's right edge would cut
     * goes whole before its shape, as a fresh layout of the view would put it, where its row has room there.
     * Rows stay as they were laid out. Replaces the previous call's placements.
     */
    public void placeLabelsCutBy(double viewLeft, double viewRight) {
        clearViewPlacements();
        double gap = ITEM_GAP * s;
        for (int l = 0; l < lanes.size(); l++) {
            int rows = Math.max(1, laneRows[l]);
            if (rowRightX.length < rows) {
                rowRightX = new double[rows];
            }
            Arrays.fill(rowRightX, 0, rows, Double.NEGATIVE_INFINITY);
            for (int i = laneFirstItem[l]; i < laneFirstItem[l + 1]; i++) {
                int r = itemRow[i];
                if (r == RowStacker.OVERFLOW || r >= rows) {
                    continue;
                }
                double room = rowRightX[r];
                if (!itemFlipped[i] && itemCx[i] <= viewRight && itemLabelX[i] + itemLabelW[i] > viewRight) {
                    double x = itemLeft[i] - LABEL_GAP * s - itemLabelW[i];
                    if (x >= viewLeft + LABEL_GAP * s && x >= room + gap) {
                        itemViewLeft[i] = x;
                        itemViewBefore[i] = true;
                    }
                }
                rowRightX[r] = itemRight(i);
            }
        }
    }

    /** Undoes {@link #placeLabelsCutBy}: every label back where the layout put it (while a pan moves the view). */
    public void clearViewPlacements() {
        Arrays.fill(itemViewBefore, 0, items, false);
    }

    // ---- results -------------------------------------------------------------------------------

    /** Forgets the lanes and what was laid out in them (their data is gone): nothing is found where they were. */
    void release() {
        lanes = null;
        items = 0;
        clusters = 0;
    }

    public LaneModel lanes() {
        return lanes;
    }

    public TimeScale scale() {
        return scale;
    }

    public double top() {
        return top;
    }

    public double bottom() {
        return bottom;
    }

    public double laneTop(int l) {
        return laneTop[l];
    }

    /** The first lane shown: lanes before it were scrolled away above the top. */
    public int firstLane() {
        return firstLane;
    }

    /** One past the last lane that starts above the bottom (the one that starts last may be cut by it). */
    public int endLane() {
        int l = firstLane;
        while (l < lanes.size() && laneTop[l] < bottom) {
            l++;
        }
        return l;
    }

    /** One past the last lane that ends above the bottom, whole. */
    public int wholeLaneEnd() {
        int l = firstLane;
        while (l < lanes.size() && laneTop[l] + laneHeight[l] <= bottom + 1e-6) {
            l++;
        }
        return l;
    }

    /** The last lane that can be shown first; 0 when every lane fits. */
    public int maxFirstLane() {
        return maxFirstLane;
    }

    /** The share of the lanes' whole height that the available height shows (1 when every lane fits). */
    public double shownFraction() {
        int n = lanes.size();
        double all = n == 0 ? 0 : laneTop[n - 1] + laneHeight[n - 1] - laneTop[0];
        return all <= bottom - top ? 1 : (bottom - top) / all;
    }

    /**
     * The first lane to show so that lane {@code l} is shown whole (as far as it fits), moving as little as
     * possible from the first lane shown now.
     */
    public int firstLaneShowing(int l) {
        return firstLaneShowing(l, 0);
    }

    /** As {@link #firstLaneShowing(int)}, with {@code roomBelow} pixels kept free under lane {@code l} where it can. */
    public int firstLaneShowing(int l, double roomBelow) {
        if (l < firstLane) {
            return l;
        }
        int first = firstLane;
        while (first < l && laneTop[l] + laneHeight[l] + roomBelow - laneTop[first] > bottom - top) {
            first++;
        }
        return first;
    }

    public double laneHeight(int l) {
        return laneHeight[l];
    }

    public byte laneMode(int l) {
        return laneMode[l];
    }

    /** Events overlapping the window in lane {@code l}. */
    public int laneVisible(int l) {
        return laneVisible[l];
    }

    public int itemCount() {
        return items;
    }

    /** The first item of lane {@code l} (items are grouped by lane). */
    public int laneFirstItem(int l) {
        return laneFirstItem[l];
    }

    /** One past the last item of lane {@code l}. */
    public int laneEndItem(int l) {
        return laneFirstItem[l + 1];
    }

    /** Position of item i's event in the frame's event list. */
    public int itemEvent(int i) {
        return itemEvent[i];
    }

    public byte itemKind(int i) {
        return itemKind[i];
    }

    /** False for events that overflowed their lane (they are only counted). */
    public boolean itemShown(int i) {
        return itemRow[i] != RowStacker.OVERFLOW;
    }

    /** x of the start of the event's period (clamped near the plot). */
    public double itemX1(int i) {
        return itemX1[i];
    }

    /** x of the end of the event's period. */
    public double itemX2(int i) {
        return itemX2[i];
    }

    public double itemCx(int i) {
        return itemCx[i];
    }

    public double itemY(int i) {
        return itemY[i];
    }

    /** Left edge of everything drawn for the item: its shape, or its label when that goes before the shape. */
    public double itemLeft(int i) {
        return before(i) ? beforeX(i) : itemLeft[i];
    }

    public double itemShapeEnd(int i) {
        return itemShapeEnd[i];
    }

    public double itemLabelX(int i) {
        return before(i) ? beforeX(i) : itemLabelX[i];
    }

    /** True when the item's label goes before its shape (the plot's right edge would have cut it). */
    public boolean itemLabelBefore(int i) {
        return before(i);
    }

    private boolean before(int i) {
        return itemFlipped[i] || itemViewBefore[i];
    }

    private double beforeX(int i) {
        return itemFlipped[i] ? itemFlipLeft[i] : itemViewLeft[i];
    }

    /** Full width of the label. */
    public double itemLabelWidth(int i) {
        return itemLabelW[i];
    }

    /** The label must end here (before the next item in its row). */
    public double itemLabelLimit(int i) {
        if (before(i)) {
            return beforeX(i) + (itemFlipped[i] ? itemFlipW[i] : itemLabelW[i]);
        }
        return Math.min(itemLabelEnd[i], itemLabelX[i] + itemLabelW[i]);
    }

    /** Where the room for the item's label ends (before the next item in its row), wherever the label starts. */
    public double itemLabelRoomEnd(int i) {
        return before(i) ? itemLabelLimit(i) : itemLabelEnd[i];
    }

    /** Right edge of everything drawn for the item: shape and (possibly cut) label. */
    public double itemRight(int i) {
        return Math.max(itemShapeEnd[i], itemLabelLimit(i));
    }

    public int itemRow(int i) {
        return itemRow[i];
    }

    public int clusterCount() {
        return clusters;
    }

    public double clusterX1(int c) {
        return clX1[c];
    }

    public double clusterX2(int c) {
        return clX2[c];
    }

    public double clusterY1(int c) {
        return clY1[c];
    }

    public double clusterY2(int c) {
        return clY2[c];
    }

    public int clusterSize(int c) {
        return clCount[c];
    }

    public long clusterStart(int c) {
        return clStart[c];
    }

    public long clusterEnd(int c) {
        return clEnd[c];
    }

    /** True for the "+n" counts of a stacked lane's overflow strip. */
    public boolean clusterIsOverflow(int c) {
        return clOverflow[c];
    }

    public int clusterLane(int c) {
        return clLane[c];
    }

    public int maxClusterSize() {
        return maxClusterCount;
    }

    /** The item drawn at (x, y), or -1. */
    public int itemAt(double x, double y) {
        double half = ROW * s / 2;
        for (int i = items - 1; i >= 0; i--) {
            if (!itemDrawn(i)) {
                continue;
            }
            if (y >= itemY[i] - half && y < itemY[i] + half && x >= itemLeft(i) - 2 * s && x <= itemRight(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when item i is drawn: it has a row, and its lane has not scrolled it away above the top or below
     * the bottom (the renderer draws a row only when its middle is half a row above the bottom).
     */
    public boolean itemDrawn(int i) {
        return itemRow[i] != RowStacker.OVERFLOW && itemY[i] >= top && itemY[i] < bottom - ROW * s / 2;
    }

    /** The item showing the event at {@code position} in the event list, or -1. */
    public int itemOf(int position) {
        for (int i = 0; i < items; i++) {
            if (itemEvent[i] == position && itemDrawn(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The cluster at (x, y), or -1. */
    public int clusterAt(double x, double y) {
        for (int c = 0; c < clusters; c++) {
            if (x >= clX1[c] && x < clX2[c] && y >= clY1[c] && y < clY2[c]) {
                return c;
            }
        }
        return -1;
    }

    /** The lane whose band holds y, or -1. */
    public int laneAt(double y) {
        if (lanes == null) {
            return -1;
        }
        for (int l = firstLane; l < lanes.size(); l++) {
            if (y >= laneTop[l] && y < laneTop[l] + laneHeight[l]) {
                return l;
            }
        }
        return -1;
    }

    private void ensureLanes(int n) {
        if (laneTop.length < n) {
            int m = n * 2;
            laneTop = new double[m];
            laneHeight = new double[m];
            laneMode = new byte[m];
            laneRows = new int[m];
            laneNeed = new int[m];
            laneCap = new int[m];
            laneOverflow = new boolean[m];
            laneVisible = new int[m];
            laneFirstItem = new int[m + 1];
        }
    }

    private void ensureItems(int n) {
        if (itemEvent.length >= n) {
            return;
        }
        int m = Math.max(n, itemEvent.length * 2);
        itemEvent = Arrays.copyOf(itemEvent, m);
        itemKind = Arrays.copyOf(itemKind, m);
        itemLeft = Arrays.copyOf(itemLeft, m);
        itemShapeEnd = Arrays.copyOf(itemShapeEnd, m);
        itemX1 = Arrays.copyOf(itemX1, m);
        itemX2 = Arrays.copyOf(itemX2, m);
        itemCx = Arrays.copyOf(itemCx, m);
        itemLabelX = Arrays.copyOf(itemLabelX, m);
        itemLabelW = Arrays.copyOf(itemLabelW, m);
        itemCompactEnd = Arrays.copyOf(itemCompactEnd, m);
        itemFullEnd = Arrays.copyOf(itemFullEnd, m);
        itemLabelEnd = Arrays.copyOf(itemLabelEnd, m);
        itemFlipLeft = Arrays.copyOf(itemFlipLeft, m);
        itemFlipW = Arrays.copyOf(itemFlipW, m);
        itemFlipped = Arrays.copyOf(itemFlipped, m);
        itemViewLeft = Arrays.copyOf(itemViewLeft, m);
        itemViewBefore = Arrays.copyOf(itemViewBefore, m);
        itemRow = Arrays.copyOf(itemRow, m);
        itemY = Arrays.copyOf(itemY, m);
    }

    private void ensureClusters(int n) {
        if (clX1.length >= n) {
            return;
        }
        int m = Math.max(n, clX1.length * 2);
        clX1 = Arrays.copyOf(clX1, m);
        clX2 = Arrays.copyOf(clX2, m);
        clY1 = Arrays.copyOf(clY1, m);
        clY2 = Arrays.copyOf(clY2, m);
        clCount = Arrays.copyOf(clCount, m);
        clStart = Arrays.copyOf(clStart, m);
        clEnd = Arrays.copyOf(clEnd, m);
        clOverflow = Arrays.copyOf(clOverflow, m);
        clLane = Arrays.copyOf(clLane, m);
    }
}
