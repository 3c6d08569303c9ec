package org.sightline.view.map;

/**
 * Which part of the map is on screen: the map point at the centre of the view and the scale in pixels
 * per map unit. Immutable; zooming and panning return new viewports. No JavaFX.
 */
public record MapViewport(double centreX, double centreY, double scale) {

    public static final double MAX_ZOOM = 40;

    /** The viewport that shows the frame {minX, minY, maxX, maxY} whole in a view of width × height. */
    public static MapViewport fit(double[] frame, double width, double height) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double scale = Math.min(w / (frame[2] - frame[0]), h / (frame[3] - frame[1]));
        return new MapViewport((frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2, scale);
    }

    public double screenX(double mapX, double width) {
        return width / 2 + (mapX - centreX) * scale;
    }

    public double screenY(double mapY, double height) {
        return height / 2 + (mapY - centreY) * scale;
    }

    public double mapX(double screenX, double width) {
        return centreX + (screenX - width / 2) / scale;
    }

    public double mapY(double screenY, double height) {
        return centreY + (screenY - height / 2) / scale;
    }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping the map point under (sx, sy) where it is. */
    public MapViewport zoom(double factor, double sx, double sy, double width, double height) {
        double mx = mapX(sx, width);
        double my = mapY(sy, height);
        double s = scale * factor;
        return new MapViewport(mx - (sx - width / 2) / s, my - (sy - height / 2) / s, s);
    }

    /** Moves the map by (dx, dy) screen pixels, as when dragging it. */
    public MapViewport pan(double dx, double dy) {
        return new MapViewport(centreX - dx / scale, centreY - dy / scale, scale);
    }

    /**
     * Keeps the scale between the fit of {@code frame} and {@link #MAX_ZOOM} times that, and the centre
     * inside {@code bounds} {minX, minY, maxX, maxY}, so the map can never be lost off screen.
     */
    public MapViewport clamp(double[] frame, double[] bounds, double width, double height) {
        double min = fit(frame, width, height).scale() * 0.8;
        double s = Math.max(min, Math.min(min * MAX_ZOOM, scale));
        double cx = Math.max(bounds[0], Math.min(bounds[2], centreX));
        double cy = Math.max(bounds[1], Math.min(bounds[3], centreY));
        return new MapViewport(cx, cy, s);
    }
}
