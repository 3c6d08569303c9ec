package org.sightline.model;

/** How the timeline splits events into lanes. */
public enum LaneGrouping {
    /** One lane per top-level organisation (events roll up into their root). */
    ORGANISATION("organisation", "Organisation"),
    /** One lane per organisation tree node, nested under its parent; collapsing a parent rolls children up. */
    ORGANISATION_TREE("organisation-tree", "Organisation (tree)"),
    REGION("region", "Region"),
    STATUS("status", "Status"),
    NONE("none", "None");

    private final String id;
    private final String label;

    LaneGrouping(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier used on the command line and in saved views. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<LaneGrouping> fromId(String id) {
        for (LaneGrouping g : values()) {
            if (g.id.equals(id)) {
                return java.util.Optional.of(g);
            }
        }
        return java.util.Optional.empty();
    }
}
