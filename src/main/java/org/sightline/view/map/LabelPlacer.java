package org.sightline.view.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement for map markers: labels are placed in priority order at the first free spot
 * around their marker (right, left, above, below, then the diagonals), then further out with a leader
 * line; a label that fits nowhere is hidden (the map shows it on hover). Placed labels never overlap
 * each other or other markers, and stay inside the view. No JavaFX.
 */
public final class LabelPlacer {

    /** A marker at (x, y) of the given radius, with a label of width × height; higher priority first. */
    public record Candidate(String id, double x, double y, double radius, double width, double height,
                            int priority) {
    }

    /** Where a label went: its top-left corner, whether it needs a leader line, or not shown at all. */
    public record Placement(String id, double x, double y, double width, double height, boolean leader,
                            boolean shown) {
    }

    private static final double GAP = 3;
    private static final double[] RINGS = {0, 16, 34};
    private static final int[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}};

    private LabelPlacer() {
    }

    /** Places labels inside [0, width] × [0, height]; the result is in priority order. */
    public static List<Placement> place(List<Candidate> candidates, double width, double height) {
        return place(candidates, width, height, List.of());
    }

    /**
     * As {@link #place(List, double, double)}, keeping labels off the reserved rectangles
     * {minX, minY, maxX, maxY} (buttons and hints drawn over the map).
     */
    public static List<Placement> place(List<Candidate> candidates, double width, double height,
                                        List<double[]> reserved) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt(Candidate::priority).reversed());
        List<double[]> taken = new ArrayList<>(reserved);
        List<Placement> out = new ArrayList<>(order.size());
        for (Candidate c : order) {
            Placement p = placeOne(c, order, taken, width, height);
            if (p.shown()) {
                taken.add(new double[] {p.x(), p.y(), p.x() + p.width(), p.y() + p.height()});
            }
            out.add(p);
        }
        return out;
    }

    private static Placement placeOne(Candidate c, List<Candidate> all, List<double[]> taken, double width,
                                      double height) {
        for (double ring : RINGS) {
            double d = c.radius() + GAP + ring;
            for (int[] dir : DIRECTIONS) {
                double lx = dir[0] > 0 ? c.x() + d : dir[0] < 0 ? c.x() - d - c.width() : c.x() - c.width() / 2;
                double ly = dir[1] > 0 ? c.y() + d : dir[1] < 0 ? c.y() - d - c.height() : c.y() - c.height() / 2;
                if (fits(c, lx, ly, all, taken, width, height)) {
                    return new Placement(c.id(), lx, ly, c.width(), c.height(), ring > 0, true);
                }
            }
        }
        return new Placement(c.id(), c.x(), c.y(), c.width(), c.height(), false, false);
    }

    private static boolean fits(Candidate c, double lx, double ly, List<Candidate> all, List<double[]> taken,
                                double width, double height) {
        double rx = lx + c.width();
        double by = ly + c.height();
        if (lx < 0 || ly < 0 || rx > width || by > height) {
            return false;
        }
        for (double[] t : taken) {
            if (lx < t[2] && rx > t[0] && ly < t[3] && by > t[1]) {
                return false;
            }
        }
        for (Candidate m : all) {
            double r = m.radius() + 1;
            if (m.x() + r > lx && m.x() - r < rx && m.y() + r > ly && m.y() - r < by) {
                return false;
            }
        }
        return true;
    }

    /** True when the two placed labels overlap (for tests and checks). */
    public static boolean overlap(Placement a, Placement b) {
        return a.x() < b.x() + b.width() && a.x() + a.width() > b.x()
                && a.y() < b.y() + b.height() && a.y() + a.height() > b.y();
    }
}
