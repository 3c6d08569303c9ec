package org.sightline.view.timeline;

import java.util.Arrays;

/**
 * Greedy row stacking in start order: each item goes to the first row that is free where it starts,
 * counting its label as part of its extent, so neither shapes nor labels overlap. When every row is
 * taken, the label of a row's last item is cut short (drawn with an ellipsis) to make room; when even
 * that is impossible the item overflows and is only counted. An item whose label the plot's right edge
 * would cut may have it before its shape instead, where a row has room for it.
 * <p>
 * Arrays are reused between calls: no allocation once they are large enough.
 */
public final class RowStacker {

    /** Row value of an item that did not fit. */
    public static final int OVERFLOW = -1;

    /**
     * Rows the arrays hold from the start: more than a lane on any screen has. A view's first dense frame
     * used to grow them, and the JIT, whose profile of {@link #stack} came from the start-up warm-up's own
     * view (grown long before), threw its compiled code out there and ran it interpreted until it had
     * compiled it again: in the frame of a user's first zoom into dense data. Only exports of a single tall
     * lane grow them now.
     */
    static final int INITIAL_ROWS = 128;

    private double[] rowEnd = new double[INITIAL_ROWS];
    private double[] rowCompactEnd = new double[INITIAL_ROWS];
    private int[] rowLast = new int[INITIAL_ROWS];
    private int rowsOpenedForLabels;
    /** The item that must get a row (the selected event), or -1: see {@link #keepInRow}. */
    private int keepInRow = -1;

    /**
     * Stacks {@code n} items given in start order.
     *
     * @param left       left edge of each item (shape)
     * @param compactEnd right edge when its label is cut to the minimum (shape end, or label start + minimum)
     * @param fullEnd    right edge with its whole label
     * @param labelEnd   output: where each label must end (starts as its full end; cut labels end earlier)
     * @param row        output: row of each item, or {@link #OVERFLOW}
     * @param gap        free space required between items in a row
     * @return the number of rows used
     */
    public int stack(int n, double[] left, double[] compactEnd, double[] fullEnd, double[] labelEnd, int[] row,
                     int maxRows, double gap) {
        return stack(n, left, compactEnd, fullEnd, labelEnd, row, maxRows, gap, null, null, null, false);
    }

    /**
     * As {@link #stack(int, double[], double[], double[], double[], int[], int, double)}, where item {@code i}
     * may instead take the extent from {@code flipLeft[i]} (its label's left edge, the label placed before its
     * shape) to {@code flipEnd[i]} (its shape's right edge); NaN in {@code flipLeft} where it may not. Such an
     * item goes to the first row in use that is free at {@code flipLeft[i]}; else, with {@code rowsForLabels},
     * to a new row with its label before it; else to the first row free at its shape (label after it, as
     * usual), else to a new row, its label before it. {@code flipped} marks where the label went before the
     * shape. Without {@code rowsForLabels} no row is opened for a label that one in use could show cut short:
     * a row may be worth more than a label's end when the lanes must share little height.
     */
    public int stack(int n, double[] left, double[] compactEnd, double[] fullEnd, double[] labelEnd, int[] row,
                     int maxRows, double gap, double[] flipLeft, double[] flipEnd, boolean[] flipped,
                     boolean rowsForLabels) {
        return stack(0, n, left, compactEnd, fullEnd, labelEnd, row, maxRows, gap, flipLeft, flipEnd, flipped,
                rowsForLabels);
    }

    /**
     * As {@link #stack(int, double[], double[], double[], double[], int[], int, double, double[], double[],
     * boolean[], boolean)} for the items {@code from} (inclusive) to {@code to} (exclusive) of the arrays, whose
     * outputs go to the same indices: one lane of a layout's items, stacked where they are.
     */
    public int stack(int from, int to, double[] left, double[] compactEnd, double[] fullEnd, double[] labelEnd,
                     int[] row, int maxRows, double gap, double[] flipLeft, double[] flipEnd, boolean[] flipped,
                     boolean rowsForLabels) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        if (rowEnd.length < maxRows) {
            rowEnd = new double[maxRows];
            rowCompactEnd = new double[maxRows];
            rowLast = new int[maxRows];
        }
        Arrays.fill(rowEnd, 0, maxRows, Double.NEGATIVE_INFINITY);
        int used = 0;
        rowsOpenedForLabels = 0;
        for (int i = from; i < to; i++) {
            labelEnd[i] = fullEnd[i];
            boolean mayFlip = flipped != null && !Double.isNaN(flipLeft[i]);
            if (flipped != null) {
                flipped[i] = false;
            }
            double l = left[i];
            int r = mayFlip ? freeRow(used, flipLeft[i], gap) : -1;
            boolean flip = r >= 0;
            if (r < 0 && mayFlip && rowsForLabels && used < maxRows && freeRow(used, l, gap) >= 0) {
                r = used++;
                flip = true;
                rowsOpenedForLabels++;
            }
            if (r < 0) {
                r = freeRow(used, l, gap);
            }
            if (r < 0 && used < maxRows) {
                r = used++;
                flip = mayFlip;
            }
            if (r < 0) {
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < used; k++) {
                    if (rowCompactEnd[k] + gap <= l && rowEnd[k] < best) {
                        best = rowEnd[k];
                        r = k;
                    }
                }
                if (r >= 0) {
                    labelEnd[rowLast[r]] = l - gap;
                }
            }
            if (r < 0 && i == keepInRow && flipEnd != null) {
                // The selected event is drawn, not counted: the last label in a row whose last shape ends in
                // time gives way (cut short, or left out when too short to read).
                for (int k = 0; k < used && r < 0; k++) {
                    if (flipEnd[rowLast[k]] + gap <= l) {
                        r = k;
                        labelEnd[rowLast[k]] = l - gap;
                    }
                }
            }
            if (r < 0 && i == keepInRow && flipEnd != null) {
                r = makeRoom(i, from, used, l, gap, row, flipEnd, labelEnd);
            }
            if (r < 0) {
                row[i] = OVERFLOW;
                continue;
            }
            row[i] = r;
            rowLast[r] = i;
            if (flip) {
                flipped[i] = true;
                labelEnd[i] = flipEnd[i];
                rowEnd[r] = flipEnd[i];
                rowCompactEnd[r] = flipEnd[i];
            } else {
                rowEnd[r] = fullEnd[i];
                rowCompactEnd[r] = compactEnd[i];
            }
        }
        return used;
    }

    /**
     * Where even a cut label leaves no room at {@code l} for item {@code i} (the selected event's shape meets the
     * shape of the last item in every row): the row that loses the fewest items makes room, the items whose shapes
     * reach {@code l} being counted instead and the label of the last one left ending before it.
     */
    private static int makeRoom(int i, int from, int used, double l, double gap, int[] row, double[] shapeEnd,
                                double[] labelEnd) {
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int k = 0; k < used; k++) {
            int lost = 0;
            for (int j = i - 1; j >= from && !(row[j] == k && shapeEnd[j] + gap <= l); j--) {
                lost += row[j] == k ? 1 : 0;
            }
            if (lost < fewest) {
                best = k;
                fewest = lost;
            }
        }
        for (int j = i - 1; j >= from && best >= 0; j--) {
            if (row[j] != best) {
                continue;
            }
            if (shapeEnd[j] + gap <= l) {
                labelEnd[j] = Math.min(labelEnd[j], l - gap);
                break;
            }
            row[j] = OVERFLOW;
        }
        return best;
    }

    /**
     * Makes the next {@link #stack} give item {@code index} a row even where every row is taken up to where it
     * starts: the label of the last item in the first row whose last shape ends in time is cut short, or left
     * out; where no row's last shape ends in time, the items in the way in one row are counted instead. For the
     * selected event, which must be drawn rather than counted in the lane's overflow; -1 for none.
     */
    public void keepInRow(int index) {
        keepInRow = index;
    }

    /**
     * How many rows the last {@link #stack} opened for a label that a row in use could have shown cut short
     * (none without {@code rowsForLabels}).
     */
    public int rowsOpenedForLabels() {
        return rowsOpenedForLabels;
    }

    /** The first of the {@code used} rows free from {@code x} on, or -1. */
    private int freeRow(int used, double x, double gap) {
        for (int k = 0; k < used; k++) {
            if (rowEnd[k] + gap <= x) {
                return k;
            }
        }
        return -1;
    }
}
