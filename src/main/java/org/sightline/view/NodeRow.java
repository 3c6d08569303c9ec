package org.sightline.view;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * What a row of a {@link HierarchyCheckTree} shows, left to right: check box, colour swatch, short name, long
 * name and the count at the right end. When the row is too narrow (deep nodes, presenting type) the long name
 * gives way first, then the short name ends in "…"; the count always shows. (An HBox shares the shortage out
 * over every label, so the short name, the one users scan for, was cut first.)
 */
final class NodeRow extends Pane {

    static final double GAP = 5;
    /** Narrower than this many of its font's ems, the long name would be a stub ("U…"): it is left out. */
    private static final double MIN_LONG_EMS = 3.5;

    private final Node check;
    private final Node swatch;
    private final Label shortName;
    private final Label longName;
    private final Label count;
    private final Consumer<NodeRow> layOutSoon;

    /** {@code layOutSoon} takes a row that needs laying out alone and lays it out before the frame is drawn. */
    NodeRow(Node check, Node swatch, Label shortName, Label longName, Label count, Consumer<NodeRow> layOutSoon) {
        this.check = check;
        this.swatch = swatch;
        this.shortName = shortName;
        this.longName = longName;
        this.count = count;
        this.layOutSoon = layOutSoon;
        getChildren().addAll(check, swatch, shortName, longName, count);
    }

    /**
     * A new count or a bolder name lays out this row alone: when any row asks its cell for a layout, the tree
     * (JavaFX's VirtualFlow) lays out, re-indexes and restyles every visible row again, and the panels' counts
     * change with every zoom or pan. The cell hears of it only when the row needs another height than the one
     * it last reported (and cached) or more width than it has. The row is not left to the scene's layout pass,
     * which may never reach it: VirtualFlow's sheet of cells can stay marked as needing a layout that never
     * comes, and a row marked below it is skipped (a count read "14" where the tree counted 1).
     */
    @Override
    public void requestLayout() {
        if (getParent() != null && getHeight() > 0 && computePrefHeight(-1) == prefHeight(-1)
                && computeMinWidth(-1) <= getWidth()) {
            setNeedsLayout(true);
            layOutSoon.accept(this);
        } else {
            super.requestLayout();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        int parts = 0;
        for (Node n : getManagedChildren()) {
            w += n.prefWidth(-1);
            parts++;
        }
        return snappedLeftInset() + w + GAP * Math.max(0, parts - 1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + check.prefWidth(-1) + GAP + count.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (Node n : getManagedChildren()) {
            h = Math.max(h, n.prefHeight(-1));
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double right = getWidth() - snappedRightInset();
        double countWidth = snapSizeX(count.prefWidth(-1));
        x = place(check, x, snapSizeX(check.prefWidth(-1)));
        if (swatch.isManaged()) {
            x = place(swatch, x, snapSizeX(swatch.prefWidth(-1)));
        }
        double room = Math.max(0, right - countWidth - GAP - x);
        if (shortName.isManaged()) {
            double w = Math.min(snapSizeX(shortName.prefWidth(-1)), room);
            x = place(shortName, x, w);
        }
        double longWidth = Math.max(0, right - countWidth - GAP - x);
        longName.setVisible(longWidth >= MIN_LONG_EMS * longName.getFont().getSize());
        place(longName, x, longWidth);
        place(count, Math.max(x, right - countWidth), countWidth);
    }

    /** Puts {@code n} at {@code x}, {@code width} wide and centred vertically; returns where the next part starts. */
    private double place(Node n, double x, double width) {
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double h = Math.min(height, n.prefHeight(width));
        n.resizeRelocate(snapPositionX(x), snapPositionY(top + (height - h) / 2), width, snapSizeY(h));
        return x + width + GAP;
    }
}
