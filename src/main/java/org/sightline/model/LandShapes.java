package org.sightline.model;

import java.util.List;

/**
 * Land outlines for the offline map: closed rings of alternating longitude and latitude in degrees,
 * longitudes in 0..360 so the Pacific is continuous, inside the bounding box.
 */
public record LandShapes(String source, double west, double south, double east, double north,
                         List<double[]> rings) {
    public LandShapes {
        rings = List.copyOf(rings);
    }

    public static final LandShapes EMPTY = new LandShapes("none", 0, -90, 360, 90, List.of());
}
