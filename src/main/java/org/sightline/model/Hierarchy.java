package org.sightline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable forest of organisations or regions, indexed by id, in file order.
 * Parents must exist and form no cycle (the loader checks both).
 */
public final class Hierarchy<T extends HierarchyNode> {

    private final Map<String, T> byId;
    private final Map<String, List<T>> children;
    private final List<T> roots;

    public Hierarchy(Collection<T> nodes) {
        Map<String, T> ids = new LinkedHashMap<>();
        for (T node : nodes) {
            ids.put(node.id(), node);
        }
        Map<String, List<T>> kids = new LinkedHashMap<>();
        List<T> top = new ArrayList<>();
        for (T node : ids.values()) {
            if (node.parentId() == null || !ids.containsKey(node.parentId())) {
                top.add(node);
            } else {
                kids.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byId = Collections.unmodifiableMap(ids);
        this.children = Collections.unmodifiableMap(kids);
        this.roots = List.copyOf(top);
    }

    public Optional<T> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<T> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public List<T> roots() {
        return roots;
    }

    public List<T> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The node itself followed by its parent, grandparent … up to its root. */
    public List<T> pathToRoot(String id) {
        List<T> path = new ArrayList<>();
        T node = byId.get(id);
        while (node != null && path.size() <= byId.size()) {
            path.add(node);
            node = node.parentId() == null ? null : byId.get(node.parentId());
        }
        return path;
    }

    /** The root of the tree that holds {@code id}, or the node itself when it is a root. */
    public Optional<T> rootOf(String id) {
        List<T> path = pathToRoot(id);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }

    /** Depth below its root: 0 for a root. */
    public int depthOf(String id) {
        return Math.max(0, pathToRoot(id).size() - 1);
    }

    /** The given ids and every id below them. */
    public Set<String> withDescendants(Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        List<String> stack = new ArrayList<>(ids);
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            if (out.add(id)) {
                for (T child : childrenOf(id)) {
                    stack.add(child.id());
                }
            }
        }
        return out;
    }

    /** True when {@code id} is {@code ancestorId} or lies below it. */
    public boolean isWithin(String id, String ancestorId) {
        for (T node : pathToRoot(id)) {
            if (node.id().equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }
}
