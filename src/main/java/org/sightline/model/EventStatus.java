package org.sightline.model;

import java.util.Locale;
import java.util.Optional;

/** How far an event has come, from background context to a unit formally established. */
public enum EventStatus {
    ESTABLISHED("established", "An organisation was created or activated"),
    OCCURRED("occurred", "Something took place: a meeting, a test, an appointment"),
    ANNOUNCED("announced", "Officially decided, agreed or announced, taking effect later"),
    PROPOSED("proposed", "A plan or intention under consideration, not yet decided"),
    REPORTED("reported", "Reported by the media, not officially confirmed"),
    CONTEXT("context", "Background that frames the story");

    private final String id;
    private final String description;

    EventStatus(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The identifier used in data files, e.g. {@code proposed}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** "Proposed", for labels and legends. */
    public String label() {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    public static Optional<EventStatus> fromId(String id) {
        for (EventStatus s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The ids of all statuses, for messages: "established, occurred, …". */
    public static String allIds() {
        StringBuilder sb = new StringBuilder();
        for (EventStatus s : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(s.id);
        }
        return sb.toString();
    }
}
