package org.sightline.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.sightline.view.MainWindow;

/**
 * Opens the main window where it was left, as big as it was, maximised if it was and with its panels'
 * dividers where they were ({@link WindowPlacement}), and remembers all that when the application stops.
 * The size kept is the last one the window had while neither maximised nor full screen (presenting), so that
 * leaving either gives back the window the user had arranged.
 */
final class WindowMemory {

    private final Stage stage;
    private final MainWindow window;
    private final Preferences preferences;
    private Rectangle2D normalBounds;

    WindowMemory(Stage stage, MainWindow window, Preferences preferences) {
        this.stage = stage;
        this.window = window;
        this.preferences = preferences;
        InvalidationListener track = o -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
    }

    /**
     * Before the window is first shown: puts it where it was left, fitted to {@code screens} (their usable
     * areas). A saved setting that makes no sense is reported to {@code warn} and the default is kept.
     */
    void restore(List<Rectangle2D> screens, Consumer<String> warn) {
        WindowPlacement.read(preferences, warn).ifPresent(placement -> {
            placement.fittedTo(screens).ifPresent(b -> {
                stage.setX(b.getMinX());
                stage.setY(b.getMinY());
                stage.setWidth(b.getWidth());
                stage.setHeight(b.getHeight());
                normalBounds = b;
            });
            stage.setMaximized(placement.maximized());
            if (placement.dividers() != null) {
                // Fractions of the window as it is shown: the side panels keep their width when the window is
                // resized, so dividers set at the scene's first size would not be where they were left.
                whenShown(() -> {
                    if (!window.restoreDividerPositions(placement.dividers())) {
                        warn.accept("Sightline: the saved window setting " + WindowPlacement.DIVIDERS + " is "
                                + placement.dividers() + ", not the four divider positions of this window; the"
                                + " panels open at their default sizes.");
                    }
                });
            }
        });
    }

    /** Runs {@code action} once, just after the window is first shown at its size. */
    private void whenShown(Runnable action) {
        stage.showingProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (stage.isShowing()) {
                    stage.showingProperty().removeListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }

    /** Remembers where the window is now (when the application stops). */
    void save() {
        Rectangle2D b = normalBounds != null ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (!(b.getWidth() >= WindowPlacement.MIN_WIDTH && b.getHeight() >= WindowPlacement.MIN_HEIGHT)) {
            return;
        }
        new WindowPlacement(b, stage.isMaximized(), window.dividerPositions()).write(preferences);
    }
}
