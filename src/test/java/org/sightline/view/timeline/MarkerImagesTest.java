package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.model.EventStatus;
import org.testfx.api.FxToolkit;

/** The cached marker images: shape per status, exact colours inside, transparent outside, made once. */
class MarkerImagesTest {

    private static final Color BLUE = Color.web("#0a5ca8");
    private static final Color BAND = Color.web("#f4f6f9");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void anOccurredMarkerIsASolidDiscCentredInItsImage() {
        Image image = MarkerImages.rasterise(EventStatus.OCCURRED, 11, BLUE, BAND);
        assertEquals(13, image.getWidth());
        assertEquals(13, image.getHeight());
        PixelReader px = image.getPixelReader();
        assertEquals(argb(BLUE), px.getArgb(6, 6), "centre");
        assertEquals(argb(BLUE), px.getArgb(2, 6), "inside, left of centre");
        assertEquals(0, px.getArgb(0, 0) >>> 24, "corner is transparent");
        assertEquals(0, px.getArgb(12, 12) >>> 24, "corner is transparent");
        assertEquals(px.getArgb(2, 6), px.getArgb(10, 6), "symmetric");
    }

    @Test
    void aProposedMarkerIsHollowWithADashedRing() {
        Image image = MarkerImages.rasterise(EventStatus.PROPOSED, 22, BLUE, BAND);
        PixelReader px = image.getPixelReader();
        int c = (int) image.getWidth() / 2;
        assertEquals(argb(BAND), px.getArgb(c, c), "hollow: the background inside");
        // Walk round the ring: some of it is drawn in the colour and some is left open (the dashes).
        int drawn = 0;
        int open = 0;
        for (int k = 0; k < 360; k += 3) {
            double a = Math.toRadians(k);
            int x = (int) Math.floor(c + 11 * Math.cos(a));
            int y = (int) Math.floor(c + 11 * Math.sin(a));
            Color p = px.getColor(x, y);
            if (p.getOpacity() > 0.5 && Math.abs(p.getBlue() - BLUE.getBlue()) < 0.1 && p.getRed() < 0.3) {
                drawn++;
            } else {
                open++;
            }
        }
        assertTrue(drawn > 20 && open > 20, "dashes: " + drawn + " drawn, " + open + " open");
    }

    @Test
    void aReportedMarkerIsLightInsideARing() {
        Image image = MarkerImages.rasterise(EventStatus.REPORTED, 22, BLUE, BAND);
        PixelReader px = image.getPixelReader();
        Color middle = px.getColor(12, 12);
        Color light = StatusGlyphs.light(BLUE);
        assertEquals(light.getOpacity(), middle.getOpacity(), 0.01, "light fill in the middle");
        assertEquals(light.getRed(), middle.getRed(), 0.01);
        assertEquals(light.getBlue(), middle.getBlue(), 0.01);
        assertEquals(argb(BLUE), px.getArgb(12, 1), "the ring at the top");
    }

    @Test
    void imagesAreMadeOncePerStatusColourAndSize() {
        MarkerImages images = new MarkerImages();
        Image a = images.image(EventStatus.OCCURRED, 11, BLUE, BAND);
        assertSame(a, images.image(EventStatus.OCCURRED, 11, BLUE, BAND));
        assertNotSame(a, images.image(EventStatus.OCCURRED, 11, Color.RED, BAND));
        assertNotSame(a, images.image(EventStatus.ANNOUNCED, 11, BLUE, BAND));
        assertNotSame(a, images.image(EventStatus.OCCURRED, 16, BLUE, BAND));
        assertEquals(4, images.cachedCount());
    }
}
