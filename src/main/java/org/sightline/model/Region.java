package org.sightline.model;

import java.util.Objects;

/** A region or a place; places (and optionally regions) carry approximate coordinates. */
public record Region(String id, String name, String parentId, String kind, Double lat, Double lon,
                     String description) implements HierarchyNode {
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public boolean hasLocation() {
        return lat != null && lon != null;
    }

    public boolean isPlace() {
        return "place".equals(kind);
    }
}
