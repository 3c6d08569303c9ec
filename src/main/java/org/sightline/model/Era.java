package org.sightline.model;

import java.util.Objects;

/** A named period drawn as a background band. */
public record Era(String id, String title, PartialDate start, PartialDate end, String color) {
    public Era {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
