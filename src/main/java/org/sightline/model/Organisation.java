package org.sightline.model;

import java.util.Objects;

/**
 * An organisation that takes part in events. {@code color} is an optional {@code #rrggbb} value;
 * children without one inherit their ancestor's (see {@link Dataset#colorOf(String)}).
 */
public record Organisation(String id, String name, String abbreviation, String parentId, String kind,
                           String color, String description) implements HierarchyNode {
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** The abbreviation when there is one, otherwise the name. */
    public String shortName() {
        return abbreviation != null && !abbreviation.isBlank() ? abbreviation : name;
    }
}
