package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowStackerTest {

    @Test
    void itemsAndLabelsInARowNeverOverlap() {
        Random random = new Random(7);
        RowStacker stacker = new RowStacker();
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            double[] left = new double[n];
            double[] shapeEnd = new double[n];
            double[] compact = new double[n];
            double[] full = new double[n];
            double x = 0;
            for (int i = 0; i < n; i++) {
                x += random.nextDouble() * 30;
                left[i] = x;
                shapeEnd[i] = x + 11 + (random.nextBoolean() ? random.nextDouble() * 200 : 0);
                double labelX = x + 16;
                double labelW = 20 + random.nextDouble() * 150;
                compact[i] = Math.max(shapeEnd[i], labelX + Math.min(labelW, 26));
                full[i] = Math.max(shapeEnd[i], labelX + labelW);
            }
            double[] labelEnd = new double[n];
            int[] row = new int[n];
            int maxRows = 1 + random.nextInt(6);
            int used = stacker.stack(n, left, compact, full, labelEnd, row, maxRows, 8);
            assertTrue(used <= maxRows);
            double[] rowRight = new double[maxRows];
            Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                if (row[i] == RowStacker.OVERFLOW) {
                    continue;
                }
                double right = Math.max(shapeEnd[i], Math.min(full[i], labelEnd[i]));
                assertTrue(labelEnd[i] >= compact[i] - 1e-9 || labelEnd[i] >= shapeEnd[i],
                        "label cut below its minimum");
                assertTrue(rowRight[row[i]] + 8 <= left[i] + 1e-9, "overlap in row " + row[i] + " at item " + i);
                rowRight[row[i]] = right;
            }
            // Items only overflow when every row was busy at their start.
            assertEquals(used == maxRows || Arrays.stream(row).noneMatch(r -> r == RowStacker.OVERFLOW), true);
        }
    }

    @Test
    void labelsAreCutToMakeRoomBeforeAnItemOverflows() {
        RowStacker stacker = new RowStacker();
        double[] left = {0, 60};
        double[] compact = {40, 100};
        double[] full = {200, 260};
        double[] labelEnd = new double[2];
        int[] row = new int[2];
        stacker.stack(2, left, compact, full, labelEnd, row, 1, 10);
        assertEquals(0, row[0]);
        assertEquals(0, row[1]);
        assertEquals(50, labelEnd[0], 1e-9);
    }

    @Test
    void anItemOverflowsWhenNoRowHasRoom() {
        RowStacker stacker = new RowStacker();
        double[] left = {0, 5};
        double[] compact = {40, 45};
        double[] full = {200, 205};
        int[] row = new int[2];
        stacker.stack(2, left, compact, full, new double[2], row, 1, 10);
        assertEquals(RowStacker.OVERFLOW, row[1]);
    }

    @Test
    void moreRowsThanItsArraysStartWithEachGetAnItem() {
        // Items that all overlap, one row each: as many rows as a single tall lane of a large export has.
        int n = RowStacker.INITIAL_ROWS + 20;
        double[] left = new double[n];
        double[] compact = new double[n];
        double[] full = new double[n];
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            left[i] = i;
            compact[i] = 1000;
            full[i] = 1000;
        }
        RowStacker stacker = new RowStacker();
        assertEquals(n, stacker.stack(n, left, compact, full, new double[n], row, n, 10));
        for (int i = 0; i < n; i++) {
            assertEquals(i, row[i]);
        }
        // The same stacker again with fewer rows: the larger arrays are reused and the cap still holds.
        assertEquals(3, stacker.stack(n, left, compact, full, new double[n], row, 3, 10));
        assertEquals(RowStacker.OVERFLOW, row[n - 1]);
    }

    /** What {@link #stackTwo} got back. */
    private record Stacked(int used, int[] row, boolean[] flipped, double[] labelEnd) {
    }

    /**
     * Two items, gap 10: item 0 spans 0..100 with its label; item 1 sits at 300 (shape 300..311, label on to 500)
     * and may instead have its label before its shape from {@code flipLeft} on.
     */
    private static Stacked stackTwo(double flipLeft, int maxRows, boolean rowsForLabels) {
        double[] left = {0, 300};
        double[] compact = {40, 340};
        double[] full = {100, 500};
        double[] flipLefts = {Double.NaN, flipLeft};
        double[] flipEnd = {11, 311};
        boolean[] flipped = new boolean[2];
        double[] labelEnd = new double[2];
        int[] row = new int[2];
        int used = new RowStacker().stack(2, left, compact, full, labelEnd, row, maxRows, 10, flipLefts, flipEnd,
                flipped, rowsForLabels);
        return new Stacked(used, row, flipped, labelEnd);
    }

    @Test
    void aLabelThatMayGoBeforeItsShapeTakesTheFirstRowFreeThere() {
        Stacked s = stackTwo(150, 1, false); // the label would span 150..289
        assertEquals(1, s.used());
        assertEquals(0, s.row()[1], "row 0 is free from 110 on");
        assertTrue(s.flipped()[1]);
        assertFalse(s.flipped()[0]);
        assertEquals(100, s.labelEnd()[0], 1e-9, "the row's first label is left whole");
    }

    @Test
    void aLabelWithNoRowFreeBeforeItsShapeStaysAfterIt() {
        // Row 0 is busy up to 100, so the label cannot start at 60; item 1 stacks as usual, after item 0.
        Stacked s = stackTwo(60, 1, true);
        assertEquals(0, s.row()[1]);
        assertFalse(s.flipped()[1]);
    }

    @Test
    void aNewRowIsOpenedForALabelBeforeItsShapeOnlyWhenRowsMayGoToLabels() {
        // Row 0 is free at item 1's shape (300) but not at its label's start before it (60).
        Stacked forLabels = stackTwo(60, 3, true);
        assertEquals(2, forLabels.used());
        assertEquals(1, forLabels.row()[1]);
        assertTrue(forLabels.flipped()[1], "a row of its own, its label whole before it");
        Stacked forEvents = stackTwo(60, 3, false);
        assertEquals(1, forEvents.used());
        assertEquals(0, forEvents.row()[1]);
        assertFalse(forEvents.flipped()[1], "after item 0, its label cut by the edge, one row saved");
    }

    @Test
    void itemsWithLabelsOnEitherSideNeverOverlapInARow() {
        Random random = new Random(11);
        RowStacker stacker = new RowStacker();
        int flips = 0;
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(200);
            double[] left = new double[n];
            double[] shapeEnd = new double[n];
            double[] compact = new double[n];
            double[] full = new double[n];
            double[] flipLeft = new double[n];
            double x = 0;
            for (int i = 0; i < n; i++) {
                x += random.nextDouble() * 30;
                left[i] = x;
                shapeEnd[i] = x + 11;
                double labelW = 20 + random.nextDouble() * 150;
                compact[i] = Math.max(shapeEnd[i], x + 16 + Math.min(labelW, 26));
                full[i] = x + 16 + labelW;
                flipLeft[i] = random.nextInt(3) == 0 ? x - 5 - labelW : Double.NaN;
            }
            double[] labelEnd = new double[n];
            int[] row = new int[n];
            boolean[] flipped = new boolean[n];
            int maxRows = 1 + random.nextInt(6);
            int used = stacker.stack(n, left, compact, full, labelEnd, row, maxRows, 8, flipLeft, shapeEnd, flipped,
                    round % 2 == 0);
            assertTrue(used <= maxRows);
            // Every row, in the order its items were placed, runs left to right with the gap between items.
            double[] rowRight = new double[maxRows];
            Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                if (row[i] == RowStacker.OVERFLOW) {
                    assertFalse(flipped[i]);
                    continue;
                }
                double from = flipped[i] ? flipLeft[i] : left[i];
                double to = flipped[i] ? shapeEnd[i] : Math.max(shapeEnd[i], Math.min(full[i], labelEnd[i]));
                assertTrue(!flipped[i] || !Double.isNaN(flipLeft[i]), "only items that may, flip");
                assertTrue(rowRight[row[i]] + 8 <= from + 1e-9, "overlap in row " + row[i] + " at item " + i);
                rowRight[row[i]] = to;
                flips += flipped[i] ? 1 : 0;
            }
        }
        assertTrue(flips > 100, "labels placed before their shapes: " + flips);
    }
}
