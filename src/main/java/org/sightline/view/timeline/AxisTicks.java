package org.sightline.view.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the axis step from measured label widths and places the labels of both rows so that no two
 * labels overlap and none is clipped: each label sits inside its own cell (from its tick to the next),
 * and a label that does not fit its cell is left out rather than squeezed.
 */
public final class AxisTicks {

    /** Labels narrower than this many pixels of cell are never tried (saves measuring hopeless steps). */
    private static final double MIN_CELL_PX = 14;
    /** Day steps restart each month; a cell this much shorter than the step gets no label. */
    private static final double SHORT_CELL = 0.6;
    private static final int MAX_TICKS = 4000;

    private AxisTicks() {
    }

    /** One placed label: its text, left edge and width. */
    public record Label(String text, double x, double width) {
        public double right() {
            return x + width;
        }
    }

    /**
     * The axis for one window and width.
     *
     * @param unit       the minor step
     * @param minorTicks x of every minor tick in view (grid lines)
     * @param majorTicks x of every major boundary in view
     */
    public record Layout(TickUnit unit, double[] minorTicks, double[] majorTicks, List<Label> minor,
                         List<Label> major) {
    }

    /**
     * Lays out the axis for {@code scale}.
     *
     * @param padding space between a tick and its label, and between a label and the next tick
     */
    public static Layout layout(TimeScale scale, TextMeasurer measurer, Locale locale, double padding) {
        return layout(scale, measurer, measurer, locale, padding);
    }

    /**
     * Lays out the axis for {@code scale}, measuring the upper row's labels with {@code majorMeasurer} (the
     * timeline draws them in bold, which is wider).
     */
    public static Layout layout(TimeScale scale, TextMeasurer measurer, TextMeasurer majorMeasurer, Locale locale,
                                double padding) {
        return layout(scale, measurer, majorMeasurer, locale, padding, choose(scale, measurer, locale, padding));
    }

    /**
     * Lays out the axis for {@code scale} in a given step: the visible part of a wider layout, whose step
     * was chosen for all of it (every cell of the wider layout holds its label, so every visible one does).
     */
    public static Layout layout(TimeScale scale, TextMeasurer measurer, TextMeasurer majorMeasurer, Locale locale,
                                double padding, TickUnit chosen) {
        List<Label> minor = new ArrayList<>();
        double[] minorTicks = place(chosen, scale, measurer, locale, padding, false, minor);
        List<Label> major = new ArrayList<>();
        double[] majorTicks = place(chosen.major(), scale, majorMeasurer, locale, padding, true, major);
        return new Layout(chosen, minorTicks, majorTicks, minor, major);
    }

    /** The finest unit whose every full-size cell in view holds its label. */
    static TickUnit choose(TimeScale scale, TextMeasurer measurer, Locale locale, double padding) {
        TickUnit[] units = TickUnit.values();
        for (int i = units.length - 1; i >= 0; i--) {
            TickUnit u = units[i];
            if (u.nominalMillis() * scale.pxPerMs() < MIN_CELL_PX) {
                continue;
            }
            if (fits(u, scale, measurer, locale, padding)) {
                return u;
            }
        }
        return units[0];
    }

    private static boolean fits(TickUnit u, TimeScale scale, TextMeasurer measurer, Locale locale, double padding) {
        long end = scale.endMillis();
        double nominalPx = u.nominalMillis() * scale.pxPerMs();
        long t = u.floor(scale.startMillis());
        int count = 0;
        while (t < end && count++ < MAX_TICKS) {
            long n = u.next(t);
            double cell = scale.x(n) - scale.x(t);
            if (cell >= nominalPx * SHORT_CELL) {
                double w = measurer.width(u.label(t, locale));
                if (w + 2 * padding > cell) {
                    return false;
                }
            }
            t = n;
        }
        return count < MAX_TICKS;
    }

    /**
     * Places the labels of one row, each inside its cell (tick to next tick, less padding); returns the x of
     * every tick in view. With {@code sticky}, the period under way at the left edge keeps its label there.
     */
    private static double[] place(TickStep u, TimeScale scale, TextMeasurer measurer, Locale locale,
                                  double padding, boolean sticky, List<Label> out) {
        double[] ticks = new double[16];
        int n = 0;
        boolean shortNames = needsShortNames(u, scale, measurer, locale, padding, sticky);
        long t = u.floor(scale.startMillis());
        int count = 0;
        while (t < scale.endMillis() && count++ < MAX_TICKS) {
            long next = u.next(t);
            double x = scale.x(t);
            if (t >= scale.startMillis()) {
                if (n == ticks.length) {
                    ticks = java.util.Arrays.copyOf(ticks, n * 2);
                }
                ticks[n++] = x;
            }
            String text = shortNames ? u.shortLabel(t, locale) : u.label(t, locale);
            double w = measurer.width(text);
            double lx = (sticky ? Math.max(x, scale.x0()) : x) + padding;
            double limit = Math.min(scale.x(next) - padding, scale.x1());
            if (sticky && t < scale.startMillis() && lx + w > limit) {
                text = u.edgeLabel(t, locale); // held at the left edge with little room: "Sep" before "Oct 2024"
                w = measurer.width(text);
            }
            if (lx >= scale.x0() && lx + w <= limit) {
                out.add(new Label(text, lx, w));
            }
            t = next;
        }
        return java.util.Arrays.copyOf(ticks, n);
    }

    /**
     * True when some full label of a whole cell in view would not fit, so the row uses short names throughout
     * ("Sep 2023" next to "Oct 2023", not next to "October 2023").
     */
    private static boolean needsShortNames(TickStep u, TimeScale scale, TextMeasurer measurer, Locale locale,
                                           double padding, boolean sticky) {
        long t = u.floor(scale.startMillis());
        int count = 0;
        while (t < scale.endMillis() && count++ < MAX_TICKS) {
            long next = u.next(t);
            double x = scale.x(t);
            double lx = (sticky ? Math.max(x, scale.x0()) : x) + padding;
            double limit = Math.min(scale.x(next) - padding, scale.x1());
            boolean wholeCell = t >= scale.startMillis() && next <= scale.endMillis();
            if (wholeCell && lx + measurer.width(u.label(t, locale)) > limit) {
                return !u.shortLabel(t, locale).equals(u.label(t, locale));
            }
            t = next;
        }
        return false;
    }
}
