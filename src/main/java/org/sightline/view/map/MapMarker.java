package org.sightline.view.map;

import org.sightline.model.Region;

/**
 * A region or place with a location, projected once to map units. {@code indicator} is true when the
 * marker stands for its area on the edge of the view when it is off screen (no located ancestor).
 */
record MapMarker(Region region, double mapX, double mapY, boolean place, boolean indicator) {

    String id() {
        return region.id();
    }

    double radius() {
        return place ? 4 : 6.5;
    }
}
