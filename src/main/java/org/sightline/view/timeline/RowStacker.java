package org.sightline.view.timeline;

import java.util.Arrays;

/**
 * Greedy row stacking in start order: each item goes to the first row that is free where it starts,
 * counting its label as part of its extent, so neither shapes nor labels overlap. When every row is
 * taken, the label of a row's last item is cut short (drawn with an ellipsis) to make room; when even
 * that is impossible the item overflows and is only counted.
 * <p>
 * Arrays are reused between calls: no allocation once they are large enough.
 */
public final class RowStacker {

    /** Row value of an item that did not fit. */
    public static final int OVERFLOW = -1;

    private double[] rowEnd = new double[8];
    private double[] rowCompactEnd = new double[8];
    private int[] rowLast = new int[8];

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
        for (int i = 0; i < n; i++) {
            labelEnd[i] = fullEnd[i];
            double l = left[i];
            int r = -1;
            for (int k = 0; k < used; k++) {
                if (rowEnd[k] + gap <= l) {
                    r = k;
                    break;
                }
            }
            if (r < 0 && used < maxRows) {
                r = used++;
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
            if (r < 0) {
                row[i] = OVERFLOW;
                continue;
            }
            row[i] = r;
            rowEnd[r] = fullEnd[i];
            rowCompactEnd[r] = compactEnd[i];
            rowLast[r] = i;
        }
        return used;
    }
}
