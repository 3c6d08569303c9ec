package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Cluster counts are written in whichever of the theme's two text colours reads better on the cluster. */
class ReadableInkTest {

    private static final Color INK = Color.web("#1f2328");
    private static final Color PAPER = Color.WHITE;

    @Test
    void paleFillsGetDarkTextAndDeepFillsLightText() {
        ReadableInk inks = new ReadableInk();
        assertEquals(INK, inks.on(Color.web("#F0E442"), INK, PAPER), "pale yellow (Okabe-Ito)");
        assertEquals(INK, inks.on(Color.web("#56B4E9"), INK, PAPER), "sky blue");
        assertEquals(PAPER, inks.on(Color.web("#000000"), INK, PAPER), "black");
        assertEquals(PAPER, inks.on(Color.web("#1a3a6b"), INK, PAPER), "navy");
    }

    @Test
    void theChoiceIsTheLargerContrastWhicheverColoursTheThemeGives() {
        ReadableInk inks = new ReadableInk();
        Color darkThemeInk = Color.web("#e6e6e6");
        Color darkThemePaper = Color.web("#1e1f22");
        for (double v = 0; v <= 1; v += 0.05) {
            Color fill = Color.color(v, v * 0.9, v * 0.4);
            Color chosen = inks.on(fill, darkThemeInk, darkThemePaper);
            Color other = chosen.equals(darkThemeInk) ? darkThemePaper : darkThemeInk;
            assertTrue(ReadableInk.contrast(fill, chosen) >= ReadableInk.contrast(fill, other), fill.toString());
        }
    }

    @Test
    void contrastRatiosAreWcags() {
        assertEquals(21, ReadableInk.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1, ReadableInk.contrast(Color.web("#777777"), Color.web("#777777")), 1e-9);
        assertEquals(4.48, ReadableInk.contrast(Color.web("#777777"), Color.WHITE), 0.01);
    }
}
