package org.sightline.view.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Hierarchy;
import org.sightline.model.HierarchyNode;
import org.sightline.model.LaneGrouping;
import org.sightline.model.Organisation;
import org.sightline.model.TimelineEvent;

/**
 * Splits the events into lanes for a grouping and builds one {@link EventIndex} per lane. Built once
 * per change of data, grouping or collapsed lanes, never per frame.
 * <ul>
 *   <li>organisation: one lane per top-level organisation (events roll up into their root);</li>
 *   <li>organisation tree: one lane per organisation with events at or below it, nested; a collapsed
 *       lane takes the events of everything below it;</li>
 *   <li>region: one lane per top-level region and per region directly below it (collapsible);</li>
 *   <li>status: one lane per status; none: one lane.</li>
 * </ul>
 * Events are placed by their first organisation (or region); events without one go to an "Other" lane.
 */
public final class LaneModel {

    public static final String OTHER_ID = "~other";
    public static final String ALL_ID = "~all";

    private final List<Lane> lanes;
    private final int depth;
    private final EventIndex[] indexes;
    private final int[] laneOfEvent;
    private Dataset dataset;
    private List<TimelineEvent> events;
    private LaneGrouping grouping;
    private Set<String> collapsed;

    private LaneModel(List<Lane> lanes, EventIndex[] indexes, int[] laneOfEvent) {
        this.lanes = lanes;
        this.depth = lanes.stream().mapToInt(Lane::depth).max().orElse(0);
        this.indexes = indexes;
        this.laneOfEvent = laneOfEvent;
    }

    /** True when this model was built from exactly these inputs (the same dataset and event list objects). */
    public boolean builtFor(Dataset d, List<TimelineEvent> e, LaneGrouping g, Set<String> c) {
        return dataset == d && events == e && grouping == g && collapsed.equals(c);
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** The index of the lane with id {@code laneId}, or -1 when there is none. */
    public int indexOf(String laneId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(laneId)) {
                return i;
            }
        }
        return -1;
    }

    public EventIndex index(int lane) {
        return indexes[lane];
    }

    /** Lane of the event at {@code position} in the event list. */
    public int laneOf(int position) {
        return laneOfEvent[position];
    }

    public int size() {
        return lanes.size();
    }

    /** How many levels below the top the deepest lane is (0 unless lanes are nested). */
    public int depth() {
        return depth;
    }

    /** Builds the lanes for {@code events} (in time order). */
    public static LaneModel build(Dataset dataset, List<TimelineEvent> events, LaneGrouping grouping,
                                  Set<String> collapsed) {
        LaneModel model = switch (grouping) {
            case ORGANISATION -> tree(dataset.organisations(), events, e -> first(e.organisationIds()), 0, collapsed,
                    true, "No organisation");
            case ORGANISATION_TREE -> tree(dataset.organisations(), events, e -> first(e.organisationIds()),
                    Integer.MAX_VALUE, collapsed, true, "No organisation");
            case REGION -> tree(dataset.regions(), events, e -> first(e.regionIds()), 1, collapsed, false,
                    "No region");
            case STATUS -> byStatus(events, collapsed);
            case NONE -> single(events, collapsed);
        };
        model.dataset = dataset;
        model.events = events;
        model.grouping = grouping;
        model.collapsed = Set.copyOf(collapsed);
        return model;
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static <T extends HierarchyNode> LaneModel tree(Hierarchy<T> hierarchy, List<TimelineEvent> events,
                                                            Function<TimelineEvent, String> key, int maxDepth,
                                                            Set<String> collapsed, boolean organisations,
                                                            String otherTitle) {
        // Which node each event's own node shows in: the deepest ancestor within maxDepth that no
        // collapsed ancestor hides.
        Map<String, String> shownIn = new HashMap<>();
        Set<String> withEvents = new LinkedHashSet<>();
        Set<String> anyBelow = new LinkedHashSet<>();
        String[] target = new String[events.size()];
        // Per event one map lookup: the walks up the hierarchy are done once per distinct node.
        for (int i = 0; i < events.size(); i++) {
            String id = key.apply(events.get(i));
            String t = id == null ? OTHER_ID : shownIn.get(id);
            if (t == null) {
                if (!hierarchy.contains(id)) {
                    t = OTHER_ID;
                } else {
                    t = visibleNode(hierarchy, id, maxDepth, collapsed);
                    for (T node : hierarchy.pathToRoot(id)) {
                        anyBelow.add(node.id());
                    }
                    for (T node : hierarchy.pathToRoot(t)) {
                        if (!withEvents.add(node.id())) {
                            break;
                        }
                    }
                }
                shownIn.put(id, t);
            }
            target[i] = t;
        }
        List<Lane> lanes = new ArrayList<>();
        for (T root : hierarchy.roots()) {
            addLanes(hierarchy, root, 0, maxDepth, collapsed, withEvents, anyBelow, organisations, lanes);
        }
        boolean other = false;
        for (String t : target) {
            if (OTHER_ID.equals(t)) {
                other = true;
                break;
            }
        }
        if (other) {
            lanes.add(new Lane(OTHER_ID, otherTitle, 0, false, collapsed.contains(OTHER_ID), null));
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            laneIndex.put(lanes.get(i).id(), i);
        }
        int[] laneOf = new int[events.size()];
        String lastTarget = null;
        int lastLane = -1;
        for (int i = 0; i < events.size(); i++) {
            if (target[i] != lastTarget) { // the same String object as the previous event's: same lane
                lastTarget = target[i];
                lastLane = laneIndex.get(lastTarget);
            }
            laneOf[i] = lastLane;
        }
        return indexed(events, Collections.unmodifiableList(lanes), laneOf);
    }

    private static <T extends HierarchyNode> String visibleNode(Hierarchy<T> hierarchy, String id, int maxDepth,
                                                              Set<String> collapsed) {
        List<T> path = hierarchy.pathToRoot(id);
        // path: node, parent, …, root. Walk from the root down.
        for (int depth = 0; depth < path.size(); depth++) {
            T node = path.get(path.size() - 1 - depth);
            if (depth == maxDepth || collapsed.contains(node.id()) && depth < path.size() - 1) {
                return node.id();
            }
        }
        return id;
    }

    private static <T extends HierarchyNode> void addLanes(Hierarchy<T> hierarchy, T node, int depth, int maxDepth,
                                                           Set<String> collapsed, Set<String> withEvents,
                                                           Set<String> anyBelow, boolean organisations,
                                                           List<Lane> out) {
        if (!withEvents.contains(node.id())) {
            return;
        }
        boolean expandable = false;
        if (depth < maxDepth) {
            for (T child : hierarchy.childrenOf(node.id())) {
                if (anyBelow.contains(child.id())) {
                    expandable = true;
                    break;
                }
            }
        }
        boolean isCollapsed = collapsed.contains(node.id());
        String title = organisations && node instanceof Organisation o ? o.shortName() : node.name();
        out.add(new Lane(node.id(), title, depth, expandable, isCollapsed, organisations ? node.id() : null));
        if (depth < maxDepth && !isCollapsed) {
            for (T child : hierarchy.childrenOf(node.id())) {
                addLanes(hierarchy, child, depth + 1, maxDepth, collapsed, withEvents, anyBelow, organisations, out);
            }
        }
    }

    private static LaneModel byStatus(List<TimelineEvent> events, Set<String> collapsed) {
        EventStatus[] statuses = EventStatus.values();
        boolean[] present = new boolean[statuses.length];
        for (TimelineEvent e : events) {
            present[e.status().ordinal()] = true;
        }
        List<Lane> lanes = new ArrayList<>();
        int[] laneOfStatus = new int[statuses.length];
        for (EventStatus s : statuses) {
            if (present[s.ordinal()]) {
                laneOfStatus[s.ordinal()] = lanes.size();
                lanes.add(new Lane(s.id(), s.label(), 0, false, collapsed.contains(s.id()), null));
            }
        }
        int[] laneOf = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            laneOf[i] = laneOfStatus[events.get(i).status().ordinal()];
        }
        return indexed(events, Collections.unmodifiableList(lanes), laneOf);
    }

    private static LaneModel single(List<TimelineEvent> events, Set<String> collapsed) {
        List<Lane> lanes = events.isEmpty() ? List.of()
                : List.of(new Lane(ALL_ID, "All events", 0, false, collapsed.contains(ALL_ID), null));
        return indexed(events, lanes, new int[events.size()]);
    }

    private static LaneModel indexed(List<TimelineEvent> events, List<Lane> lanes, int[] laneOf) {
        int[] sizes = new int[lanes.size()];
        for (int l : laneOf) {
            sizes[l]++;
        }
        long[][] starts = new long[lanes.size()][];
        long[][] ends = new long[lanes.size()][];
        int[][] ids = new int[lanes.size()][];
        for (int l = 0; l < lanes.size(); l++) {
            starts[l] = new long[sizes[l]];
            ends[l] = new long[sizes[l]];
            ids[l] = new int[sizes[l]];
        }
        int[] fill = new int[lanes.size()];
        boolean sorted = true;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            sorted &= e.startMillis() >= previous;
            previous = e.startMillis();
            int l = laneOf[i];
            int k = fill[l]++;
            starts[l][k] = e.startMillis();
            ends[l][k] = e.endMillis();
            ids[l][k] = i;
        }
        if (!sorted) {
            throw new IllegalArgumentException("events must be in time order");
        }
        EventIndex[] indexes = new EventIndex[lanes.size()];
        for (int l = 0; l < lanes.size(); l++) {
            indexes[l] = new EventIndex(starts[l], ends[l], ids[l]);
        }
        return new LaneModel(lanes, indexes, laneOf);
    }
}
