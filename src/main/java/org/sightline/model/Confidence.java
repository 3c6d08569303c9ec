package org.sightline.model;

import java.util.Optional;

/** How well the facts of an event are supported by its sources. */
public enum Confidence {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String id;

    Confidence(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Confidence> fromId(String id) {
        for (Confidence c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
