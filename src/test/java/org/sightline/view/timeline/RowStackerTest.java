package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
