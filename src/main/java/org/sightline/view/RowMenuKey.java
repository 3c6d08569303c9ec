package org.sightline.view;

import java.util.function.BiConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;

/**
 * The menu key and Shift+F10 ({@link org.sightline.view.timeline.MenuKey}) on a list of rows (the events table,
 * the trees): the selected row's context menu, opened under the row. The lists handle the keys themselves, as
 * not every platform turns them into a context-menu request.
 */
final class RowMenuKey {

    private RowMenuKey() {
    }

    /**
     * Calls {@code open} with the cell of {@code rows} (cells of style class {@code cellClass}) that shows row
     * {@code index}, and the point on the screen under its start; false when that row is not on show.
     */
    static boolean openUnder(Parent rows, String cellClass, int index, BiConsumer<IndexedCell<?>, Point2D> open) {
        for (var node : rows.lookupAll("." + cellClass)) {
            if (node instanceof IndexedCell<?> cell && cell.getIndex() == index && !cell.isEmpty()) {
                Bounds b = cell.localToScreen(cell.getBoundsInLocal());
                open.accept(cell, new Point2D(b.getMinX() + 24, b.getMaxY()));
                return true;
            }
        }
        return false;
    }
}
