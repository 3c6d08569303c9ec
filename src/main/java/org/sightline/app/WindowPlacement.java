package org.sightline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was left, and how big, remembered between runs: its bounds when it was last neither
 * maximised nor full screen, whether it was maximised, and where the panels' dividers were. Read back as
 * untrusted settings (a value that makes no sense is reported and the default is used), and fitted to the
 * screens there are now, so a window left on a screen that has since gone opens on one that is there.
 */
record WindowPlacement(Rectangle2D bounds, boolean maximized, List<Double> dividers) {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String DIVIDERS = "window.dividers";

    /** Smallest window size taken back from the settings. */
    static final double MIN_WIDTH = 480;
    static final double MIN_HEIGHT = 320;
    /** How much of a window must lie on a screen to be reachable there (its title bar, say). */
    static final double REACHABLE = 80;

    /** The placement saved by {@link #write}; empty when none was saved or a value makes no sense ({@code warn} is told which). */
    static Optional<WindowPlacement> read(Preferences preferences, Consumer<String> warn) {
        String[] keys = {X, Y, WIDTH, HEIGHT};
        double[] values = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String text = preferences.get(keys[i], null);
            if (text == null) {
                return Optional.empty();
            }
            try {
                values[i] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                values[i] = Double.NaN;
            }
            if (!Double.isFinite(values[i]) || Math.abs(values[i]) > 1e6) {
                warn.accept(problem(keys[i], text, "a number of pixels"));
                return Optional.empty();
            }
        }
        if (values[2] < MIN_WIDTH || values[3] < MIN_HEIGHT) {
            String key = values[2] < MIN_WIDTH ? WIDTH : HEIGHT;
            warn.accept(problem(key, preferences.get(key, ""), "at least " + (int) (key.equals(WIDTH) ? MIN_WIDTH : MIN_HEIGHT)
                    + " pixels"));
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(new Rectangle2D(values[0], values[1], values[2], values[3]),
                preferences.getBoolean(MAXIMIZED, false), dividers(preferences.get(DIVIDERS, null), warn)));
    }

    /** The saved divider positions (fractions, see {@code MainWindow.dividerPositions}), or null. */
    private static List<Double> dividers(String text, Consumer<String> warn) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<Double> positions = new ArrayList<>();
        try {
            for (String part : text.split(",", -1)) {
                double d = Double.parseDouble(part.trim());
                if (!(d > 0 && d < 1)) {
                    throw new NumberFormatException();
                }
                positions.add(d);
            }
        } catch (NumberFormatException e) {
            warn.accept(problem(DIVIDERS, text, "fractions between 0 and 1, separated by commas"));
            return null;
        }
        return List.copyOf(positions);
    }

    private static String problem(String key, String value, String expected) {
        return "Sightline: the saved window setting " + key + " is \"" + value + "\", not " + expected
                + "; the window opens at its default size.";
    }

    void write(Preferences preferences) {
        preferences.put(X, Double.toString(bounds.getMinX()));
        preferences.put(Y, Double.toString(bounds.getMinY()));
        preferences.put(WIDTH, Double.toString(bounds.getWidth()));
        preferences.put(HEIGHT, Double.toString(bounds.getHeight()));
        preferences.putBoolean(MAXIMIZED, maximized);
        if (dividers != null) {
            StringBuilder b = new StringBuilder();
            for (double d : dividers) {
                b.append(b.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", d));
            }
            preferences.put(DIVIDERS, b.toString());
        }
    }

    /**
     * The bounds moved and shrunk as little as needed to lie wholly on the screen (its usable area) that holds
     * most of them; empty when no screen holds enough of them to reach the window.
     */
    Optional<Rectangle2D> fittedTo(List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double w = Math.min(bounds.getMaxX(), s.getMaxX()) - Math.max(bounds.getMinX(), s.getMinX());
            double h = Math.min(bounds.getMaxY(), s.getMaxY()) - Math.max(bounds.getMinY(), s.getMinY());
            if (w >= Math.min(REACHABLE, bounds.getWidth()) && h >= Math.min(REACHABLE, bounds.getHeight())
                    && w * h > bestArea) {
                best = s;
                bestArea = w * h;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double w = Math.min(bounds.getWidth(), best.getWidth());
        double h = Math.min(bounds.getHeight(), best.getHeight());
        double x = Math.max(best.getMinX(), Math.min(bounds.getMinX(), best.getMaxX() - w));
        double y = Math.max(best.getMinY(), Math.min(bounds.getMinY(), best.getMaxY() - h));
        return Optional.of(new Rectangle2D(x, y, w, h));
    }
}
