package org.sightline.view.timeline;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys that ask for a context menu: the menu key and Shift+F10. Views answer them themselves (the
 * timeline, the map, the trees, the table, the details' chips), as not every platform turns them into a
 * context-menu request.
 */
public final class MenuKey {

    private MenuKey() {
    }

    /** Whether {@code e} asks for a context menu from the keyboard. */
    public static boolean asks(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
    }
}
