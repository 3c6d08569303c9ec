package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sightline.model.LandShapes;

class BundledMapTest {

    @Test
    void theBundledOutlinesAreReadOnceAndShared() {
        assertSame(BundledMap.load(), BundledMap.load(), "the window's map and the warm-up's share one reading");
    }

    @Test
    void bundledOutlinesCoverJapanKoreaHawaiiAndNorthernAustraliaButNotTheSea() {
        LandShapes land = BundledMap.load();
        assertTrue(land.rings().size() > 50, "rings: " + land.rings().size());
        assertTrue(land.source().contains("Natural Earth"));
        assertTrue(onLand(land, 139.69, 35.69), "Tokyo");
        assertTrue(onLand(land, 127.03, 37.09), "Osan");
        assertTrue(onLand(land, 360 - 157.9, 21.35), "Oahu, at 0..360 longitudes");
        assertTrue(onLand(land, 131.5, -13.5), "the Northern Territory near Darwin");
        assertFalse(onLand(land, 150, 30), "the Pacific east of Japan");
        for (double[] ring : land.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                assertTrue(ring[i] >= land.west() && ring[i] <= land.east(), "inside the box");
            }
        }
    }

    @Test
    void damagedOutlinesAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundledMap.read(
                new ByteArrayInputStream("{\"bbox\": [1, 2, 3], \"rings\": []}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("map outlines: expected bbox with 4 numbers", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BundledMap.read(new ByteArrayInputStream(
                "{\"bbox\": [0, 0, 1, 1], \"rings\": [[1, 2, \"x\"]]}".getBytes(StandardCharsets.UTF_8))));
    }

    /** Even-odd ray casting over all rings. */
    private static boolean onLand(LandShapes land, double lon, double lat) {
        boolean inside = false;
        for (double[] r : land.rings()) {
            int n = r.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = r[2 * i];
                double yi = r[2 * i + 1];
                double xj = r[2 * j];
                double yj = r[2 * j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
