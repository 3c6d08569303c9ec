package org.sightline.view.map;

/**
 * Equirectangular projection centred on the Pacific: longitudes are shifted to 0..360 so that Hawaii
 * (-157.9, i.e. 202.1) lies east of Japan in one continuous view, and x is scaled by the cosine of 30°
 * so shapes at the latitudes of Korea and Japan keep their proportions. Map units: x grows east, y grows
 * south (as on screen). No JavaFX, so it is tested without a toolkit.
 */
public final class MapProjection {

    /** cos(30°): the standard parallel. */
    public static final double X_SCALE = Math.cos(Math.toRadians(30));

    /** The default frame: 95°E to 215°E (145°W), 15°S to 50°N: Darwin, Hawaii, Korea and Japan. */
    public static final double WEST = 95;
    public static final double EAST = 215;
    public static final double SOUTH = -15;
    public static final double NORTH = 50;

    private MapProjection() {
    }

    /** Longitude in [0, 360): western longitudes are shifted east. */
    public static double shiftLongitude(double lon) {
        double l = lon % 360;
        return l < 0 ? l + 360 : l;
    }

    public static double x(double lon) {
        return shiftLongitude(lon) * X_SCALE;
    }

    /** For longitudes already in 0..360 (the bundled outlines). */
    public static double xShifted(double lon360) {
        return lon360 * X_SCALE;
    }

    public static double y(double lat) {
        return -lat;
    }

    public static double longitude(double x) {
        return x / X_SCALE;
    }

    public static double latitude(double y) {
        return -y;
    }

    /** The default frame in map units: minX, minY, maxX, maxY. */
    public static double[] defaultFrame() {
        return new double[] {xShifted(WEST), y(NORTH), xShifted(EAST), y(SOUTH)};
    }
}
