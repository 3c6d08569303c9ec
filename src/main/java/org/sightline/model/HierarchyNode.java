package org.sightline.model;

/** A node of an organisation or region tree: an id, a display name and an optional parent id. */
public interface HierarchyNode {
    String id();

    String name();

    /** The parent's id, or null for a root. */
    String parentId();
}
