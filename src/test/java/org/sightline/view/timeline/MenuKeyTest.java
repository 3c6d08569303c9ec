package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

class MenuKeyTest {

    private static KeyEvent press(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false);
    }

    @Test
    void theMenuKeyAndShiftF10AskForAContextMenu() {
        assertTrue(MenuKey.asks(press(KeyCode.CONTEXT_MENU, false)));
        assertTrue(MenuKey.asks(press(KeyCode.F10, true)));
    }

    @Test
    void f10AloneAndOtherShiftedKeysDoNot() {
        assertFalse(MenuKey.asks(press(KeyCode.F10, false)));
        assertFalse(MenuKey.asks(press(KeyCode.F9, true)));
        assertFalse(MenuKey.asks(press(KeyCode.ENTER, false)));
    }
}
