package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Opaque stand-ins for translucent fills look like the translucent colour composited over the background. */
class OpaqueBlendsTest {

    private final OpaqueBlends blends = new OpaqueBlends();

    @Test
    void halfOpaqueBlackOverWhiteIsMidGrey() {
        Color c = blends.over(Color.WHITE, Color.BLACK, 0.5);
        assertEquals(1.0, c.getOpacity());
        assertEquals(0.5, c.getRed(), 1e-6);
        assertEquals(0.5, c.getGreen(), 1e-6);
        assertEquals(0.5, c.getBlue(), 1e-6);
    }

    @Test
    void matchesSourceOverCompositingForEveryChannel() {
        Color background = Color.web("#f4f6f9");
        Color color = Color.web("#0a5ca8");
        for (double a : new double[] {0.08, 0.15, 0.28, 0.35, 0.6, 0.75}) {
            Color c = blends.over(background, color, a);
            double q = Math.round(a * OpaqueBlends.LEVELS) / (double) OpaqueBlends.LEVELS;
            assertEquals(background.getRed() * (1 - q) + color.getRed() * q, c.getRed(), 1e-6, "opacity " + a);
            assertEquals(background.getGreen() * (1 - q) + color.getGreen() * q, c.getGreen(), 1e-6, "opacity " + a);
            assertEquals(background.getBlue() * (1 - q) + color.getBlue() * q, c.getBlue(), 1e-6, "opacity " + a);
            // Rounding the opacity to 1/64 moves a channel by at most half a step of 1/64.
            assertEquals(background.getBlue() * (1 - a) + color.getBlue() * a, c.getBlue(), 0.5 / OpaqueBlends.LEVELS);
        }
    }

    @Test
    void theColoursOwnOpacityMultipliesTheRequestedOne() {
        Color translucent = Color.color(0, 0, 0, 0.5);
        assertEquals(blends.over(Color.WHITE, Color.BLACK, 0.25), blends.over(Color.WHITE, translucent, 0.5));
    }

    @Test
    void noOpacityLeavesTheBackgroundAndFullOpacityTheColour() {
        Color red = Color.web("#c62828");
        assertEquals(Color.WHITE, blends.over(Color.WHITE, red, 0));
        assertEquals(red, blends.over(Color.WHITE, red, 1));
    }

    @Test
    void eachBlendIsMadeOnce() {
        assertSame(blends.over(Color.WHITE, Color.BLUE, 0.3), blends.over(Color.WHITE, Color.BLUE, 0.3));
    }
}
