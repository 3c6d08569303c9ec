package org.sightline.view;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Window;

/** The window's theme, light or dark, carried over to the dialogs it opens. */
public final class Theme {

    private Theme() {
    }

    /** Adds the dark stylesheet to {@code stylesheets} (last, so that it overrides) or takes it away. */
    static void apply(List<String> stylesheets, boolean dark) {
        stylesheets.remove(MainWindow.DARK_STYLESHEET);
        if (dark) {
            stylesheets.add(MainWindow.DARK_STYLESHEET);
        }
    }

    /** Gives a dialog's {@code scene} the theme of {@code owner}'s window (the dark stylesheet, if it has it). */
    public static void follow(Scene scene, Window owner) {
        boolean dark = owner != null && owner.getScene() != null
                && owner.getScene().getStylesheets().contains(MainWindow.DARK_STYLESHEET);
        apply(scene.getStylesheets(), dark);
    }
}
