package org.sightline.view.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MapGeometryTest {

    private static final double W = 400;
    private static final double H = 260;

    @Test
    void hawaiiLiesEastOfJapanAndKoreaInOneContinuousView() {
        double tokyo = MapProjection.x(139.69);
        double osan = MapProjection.x(127.03);
        double hawaii = MapProjection.x(-157.9);
        assertTrue(osan < tokyo && tokyo < hawaii, "Korea, Japan, Hawaii from west to east");
        MapViewport fit = MapViewport.fit(MapProjection.defaultFrame(), W, H);
        for (double[] place : new double[][] {{-157.9, 21.3}, {127.03, 37.09}, {139.69, 35.69}, {130.84, -12.46},
            {129.036, 41.343}}) {
            double x = fit.screenX(MapProjection.x(place[0]), W);
            double y = fit.screenY(MapProjection.y(place[1]), H);
            assertTrue(x >= 0 && x <= W && y >= 0 && y <= H, "in the default view: " + place[0] + "," + place[1]);
        }
        double washington = fit.screenX(MapProjection.x(-77.05), W);
        assertTrue(washington > W, "the continental US is off the east edge");
    }

    @Test
    void northIsUpAndScreenAndMapCoordinatesRoundTrip() {
        MapViewport v = MapViewport.fit(MapProjection.defaultFrame(), W, H);
        assertTrue(v.screenY(MapProjection.y(41), H) < v.screenY(MapProjection.y(35), H));
        double mx = v.mapX(123, W);
        assertEquals(123, v.screenX(mx, W), 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        MapViewport v = MapViewport.fit(MapProjection.defaultFrame(), W, H);
        double mx = v.mapX(300, W);
        double my = v.mapY(80, H);
        MapViewport z = v.zoom(2.5, 300, 80, W, H);
        assertEquals(v.scale() * 2.5, z.scale(), 1e-9);
        assertEquals(300, z.screenX(mx, W), 1e-9);
        assertEquals(80, z.screenY(my, H), 1e-9);
    }

    @Test
    void panMovesTheMapWithTheDragAndClampKeepsItInBounds() {
        double[] frame = MapProjection.defaultFrame();
        MapViewport v = MapViewport.fit(frame, W, H);
        double x = v.screenX(100, W);
        assertEquals(x + 30, v.pan(30, 0).screenX(100, W), 1e-9);
        MapViewport far = v.pan(-100_000, 0).clamp(frame, frame, W, H);
        assertEquals(frame[2], far.centreX(), 1e-9);
        MapViewport tiny = new MapViewport(v.centreX(), v.centreY(), v.scale() / 100).clamp(frame, frame, W, H);
        assertEquals(v.scale() * 0.8, tiny.scale(), 1e-9);
        MapViewport huge = new MapViewport(v.centreX(), v.centreY(), v.scale() * 1000).clamp(frame, frame, W, H);
        assertEquals(v.scale() * 0.8 * MapViewport.MAX_ZOOM, huge.scale(), 1e-9);
    }

    @Test
    void placedLabelsNeverOverlapEachOtherOrLeaveTheView() {
        Random random = new Random(7);
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            candidates.add(new LabelPlacer.Candidate("m" + i, random.nextDouble() * W, random.nextDouble() * H, 4,
                    40 + random.nextInt(80), 14, random.nextInt(100)));
        }
        // A dense cluster, like the places around Tokyo.
        for (int i = 0; i < 8; i++) {
            candidates.add(new LabelPlacer.Candidate("tokyo" + i, 200 + i * 0.5, 100 + i * 0.3, 4, 90, 14, 50));
        }
        List<LabelPlacer.Placement> placed = LabelPlacer.place(candidates, W, H);
        assertEquals(candidates.size(), placed.size());
        List<LabelPlacer.Placement> shown = placed.stream().filter(LabelPlacer.Placement::shown).toList();
        assertFalse(shown.isEmpty());
        assertTrue(shown.size() < placed.size(), "some labels do not fit and are hidden");
        for (int i = 0; i < shown.size(); i++) {
            LabelPlacer.Placement a = shown.get(i);
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= W && a.y() + a.height() <= H);
            for (int j = i + 1; j < shown.size(); j++) {
                assertFalse(LabelPlacer.overlap(a, shown.get(j)), a + " overlaps " + shown.get(j));
            }
        }
    }

    @Test
    void higherPriorityLabelsWinTheOnlySpotAndOthersGetLeadersOrHide() {
        List<LabelPlacer.Candidate> two = List.of(
                new LabelPlacer.Candidate("low", 50, 20, 4, 60, 14, 1),
                new LabelPlacer.Candidate("high", 51, 20, 4, 60, 14, 9));
        List<LabelPlacer.Placement> placed = LabelPlacer.place(two, 200, 40);
        assertEquals("high", placed.get(0).id());
        assertTrue(placed.get(0).shown());
        assertFalse(placed.get(0).leader(), "the first label sits next to its marker");
        LabelPlacer.Placement low = placed.get(1);
        assertTrue(!low.shown() || low.leader() || !LabelPlacer.overlap(low, placed.get(0)));
    }

    @Test
    void labelsStayOffReservedAreas() {
        double[] buttons = {160, 0, 200, 40};
        List<LabelPlacer.Placement> placed = LabelPlacer.place(
                List.of(new LabelPlacer.Candidate("east", 150, 20, 4, 40, 14, 1)), 200, 40, List.of(buttons));
        LabelPlacer.Placement p = placed.get(0);
        assertTrue(p.shown());
        assertTrue(p.x() + p.width() <= 160, "placed left of the buttons: " + p);
    }
}
