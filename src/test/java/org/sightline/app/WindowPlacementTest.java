package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.controller.AppPreferences;

class WindowPlacementTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT_SCREEN = new Rectangle2D(1920, 0, 1280, 1000);

    private Preferences prefs;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void freshNode() throws BackingStoreException {
        prefs = AppPreferences.root().node("window-placement-test");
        prefs.clear();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        prefs.removeNode();
    }

    private Optional<WindowPlacement> read() {
        return WindowPlacement.read(prefs, warnings::add);
    }

    @Test
    void whatIsWrittenIsReadBack() {
        new WindowPlacement(new Rectangle2D(40, 30, 1200, 800), true, List.of(0.2, 0.7, 0.4, 0.6)).write(prefs);
        WindowPlacement p = read().orElseThrow();
        assertEquals(new Rectangle2D(40, 30, 1200, 800), p.bounds());
        assertTrue(p.maximized());
        assertEquals(List.of(0.2, 0.7, 0.4, 0.6), p.dividers());
        assertEquals(List.of(), warnings);
    }

    @Test
    void nothingSavedGivesNothingAndNoWarning() {
        assertTrue(read().isEmpty());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aValueThatIsNotANumberIsReportedByItsKeyAndTheDefaultIsKept() {
        new WindowPlacement(new Rectangle2D(40, 30, 1200, 800), false, null).write(prefs);
        prefs.put(WindowPlacement.WIDTH, "wide");
        assertTrue(read().isEmpty());
        assertEquals(1, warnings.size());
        String w = warnings.get(0);
        assertTrue(w.contains("window.width") && w.contains("\"wide\"") && w.contains("a number of pixels"), w);
    }

    @Test
    void aWindowTooSmallToUseIsReportedAndTheDefaultIsKept() {
        new WindowPlacement(new Rectangle2D(40, 30, 1200, 12), false, null).write(prefs);
        assertTrue(read().isEmpty());
        assertTrue(warnings.get(0).contains("window.height") && warnings.get(0).contains("at least 320"), warnings.get(0));
    }

    @Test
    void badDividersAreReportedButThePlaceIsKept() {
        new WindowPlacement(new Rectangle2D(40, 30, 1200, 800), false, null).write(prefs);
        prefs.put(WindowPlacement.DIVIDERS, "0.2,1.5,0.4,0.6");
        WindowPlacement p = read().orElseThrow();
        assertEquals(new Rectangle2D(40, 30, 1200, 800), p.bounds());
        assertNull(p.dividers());
        assertTrue(warnings.get(0).contains("window.dividers") && warnings.get(0).contains("between 0 and 1"), warnings.get(0));
    }

    @Test
    void aWindowHangingOffTheScreenIsMovedBackWholeOntoIt() {
        WindowPlacement p = new WindowPlacement(new Rectangle2D(1500, -20, 1000, 700), false, null);
        assertEquals(new Rectangle2D(920, 0, 1000, 700), p.fittedTo(List.of(SCREEN)).orElseThrow());
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToIt() {
        WindowPlacement p = new WindowPlacement(new Rectangle2D(10, 10, 2560, 1400), false, null);
        assertEquals(SCREEN, p.fittedTo(List.of(SCREEN)).orElseThrow());
    }

    @Test
    void aWindowGoesToTheScreenThatHoldsMostOfIt() {
        WindowPlacement p = new WindowPlacement(new Rectangle2D(1800, 100, 1000, 700), false, null);
        assertEquals(new Rectangle2D(1920, 100, 1000, 700), p.fittedTo(List.of(SCREEN, RIGHT_SCREEN)).orElseThrow());
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsNotPlacedThere() {
        WindowPlacement p = new WindowPlacement(new Rectangle2D(2000, 100, 1000, 700), false, null);
        assertTrue(p.fittedTo(List.of(SCREEN)).isEmpty());
        WindowPlacement corner = new WindowPlacement(new Rectangle2D(1900, 1000, 1000, 700), false, null);
        assertTrue(corner.fittedTo(List.of(SCREEN)).isEmpty(), "a 20×40 px corner is not enough to reach it");
    }
}
