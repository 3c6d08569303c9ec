package org.sightline.view;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;

/**
 * What presenting changes in the side panels and the table, noted when it starts and put back when it ends:
 * the trees' unfolded and scrolled rows, the table's scroll, the side panels' dividers and what had the
 * keyboard. (The main dividers, which wait for the window's size, are the window's own.)
 */
record PanelsNote(HierarchyCheckTree.Rows organisationRows, HierarchyCheckTree.Rows regionRows, int tableRow,
                  double[] sideDividers, double[] regionDividers, Node focus) {

    static PanelsNote take(HierarchyCheckTree<?> organisations, RegionPanel regions, EventTable table,
                           SplitPane side, Scene scene) {
        return new PanelsNote(organisations.rows(), regions.tree().rows(), table.firstRow(),
                side.getDividerPositions(), regions.getDividerPositions(), scene == null ? null : scene.getFocusOwner());
    }

    /**
     * Puts the dividers back now, and the rows, the scroll and the focus once the view state is back (which
     * moves the trees to what it highlights, if anything).
     */
    void restore(HierarchyCheckTree<?> organisations, RegionPanel regions, EventTable table, SplitPane side) {
        side.setDividerPositions(sideDividers);
        regions.setDividerPositions(regionDividers);
        Platform.runLater(() -> {
            organisations.restore(organisationRows);
            regions.tree().restore(regionRows);
            table.scrollTo(tableRow);
            if (focus != null && focus.getScene() == table.getScene() && focus.isVisible()) {
                focus.requestFocus();
            }
        });
    }
}
