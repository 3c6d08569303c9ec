package org.sightline.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.io.JsonNodeAt.ArrayAt;
import org.sightline.io.JsonNodeAt.NumberAt;
import org.sightline.io.JsonNodeAt.ObjectAt;
import org.sightline.io.JsonNodeAt.StringAt;
import org.sightline.model.InvalidDateException;
import org.sightline.model.PartialDate;

/**
 * Imports vis-timeline data: {@code {"items": [...], "groups": [...]}} or a bare array of items. Groups
 * become organisations (nested groups a hierarchy through their parent), background items become
 * eras, other items events. See docs/import.md for the mapping.
 */
final class VisTimelineImporter {

    private static final Set<String> TOP = Set.of("items", "groups");
    private static final Set<String> ITEM = Set.of("id", "content", "start", "end", "type", "group", "title");
    private static final Set<String> ITEM_UNUSED = Set.of("subgroup", "className", "style", "align", "selectable",
            "editable", "limitSize");
    private static final Set<String> GROUP = Set.of("id", "content", "nestedGroups", "order");
    private static final Set<String> GROUP_UNUSED = Set.of("className", "style", "title", "visible", "showNested",
            "subgroupOrder", "subgroupStack", "subgroupVisibility", "treeLevel");
    private static final Set<String> TYPES = Set.of("box", "point", "range", "background");

    private final ImportReport report;
    private final ImportedDataset out;
    /** vis group id (as text) → organisation id. */
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final Map<String, JsonNodeAt> groupAt = new HashMap<>();
    private boolean groupsDeclared;

    private VisTimelineImporter(ImportReport report, String defaultTitle) {
        this.report = report;
        this.out = new ImportedDataset(defaultTitle);
    }

    static LoadResult read(JsonNodeAt root, String file, String defaultTitle, boolean lenient) {
        ImportReport report = new ImportReport(file);
        VisTimelineImporter importer = new VisTimelineImporter(report, defaultTitle);
        List<JsonNodeAt> items = importer.top(root);
        if (items == null) {
            return report.result(null, DatasetFormat.VIS_JSON, lenient);
        }
        importer.items(items);
        if (importer.out.eventCount() == 0 && importer.out.eraCount() == 0 && !report.hasErrors()) {
            report.error(root.line(), root.column(), "items", "there are no items");
        }
        boolean empty = importer.out.eventCount() == 0 && importer.out.eraCount() == 0;
        return report.result(empty ? null : importer.out.build(), DatasetFormat.VIS_JSON, lenient);
    }

    private List<JsonNodeAt> top(JsonNodeAt root) {
        if (root instanceof ArrayAt a) {
            return a.items();
        }
        if (!(root instanceof ObjectAt o)) {
            report.error(root.line(), root.column(), "", "expected {\"items\": [...], \"groups\": [...]} or an array "
                    + "of items, found " + root.kind());
            return null;
        }
        ImportedKeys.note(report, o, "", TOP, Set.of(), "vis-timeline");
        JsonNodeAt groupList = ImportedKeys.get(o, "groups");
        if (groupList instanceof ArrayAt g) {
            groupsDeclared = true;
            groups(g.items());
        } else if (groupList != null) {
            report.error(groupList.line(), groupList.column(), "groups", "expected an array of groups, found "
                    + groupList.kind());
        }
        JsonNodeAt items = ImportedKeys.get(o, "items");
        if (!(items instanceof ArrayAt a)) {
            report.error(items == null ? o.line() : items.line(), items == null ? o.column() : items.column(),
                    "items", items == null ? "missing \"items\": expected an array of items"
                            : "expected an array of items, found " + items.kind());
            return null;
        }
        return a.items();
    }

    private record Group(String key, String name, List<JsonNodeAt> nested, String path, double order, int index) {
    }

    private void groups(List<JsonNodeAt> nodes) {
        List<Group> list = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = "groups[" + i + "]";
            JsonNodeAt node = nodes.get(i);
            report.beginItem(path);
            if (!(node instanceof ObjectAt o)) {
                report.error(node.line(), node.column(), path, "expected a group object, found " + node.kind());
                report.endItem();
                continue;
            }
            ImportedKeys.note(report, o, path, GROUP, GROUP_UNUSED, "vis-timeline");
            if (ImportedKeys.get(o, "id") == null) {
                report.error(o.line(), o.column(), path, "missing \"id\": every group needs one");
            }
            String key = idText(ImportedKeys.get(o, "id"), path + ".id");
            String name = text(ImportedKeys.get(o, "content"), path + ".content");
            if (key != null && groupAt.containsKey(key)) {
                JsonNodeAt first = groupAt.get(key);
                report.error(ImportedKeys.get(o, "id").line(), ImportedKeys.get(o, "id").column(), path + ".id", "duplicate group id \"" + key
                        + "\" (first used at line " + first.line() + ")");
            }
            List<JsonNodeAt> nested = List.of();
            JsonNodeAt n = ImportedKeys.get(o, "nestedGroups");
            if (n instanceof ArrayAt a) {
                nested = a.items();
            } else if (n != null) {
                report.error(n.line(), n.column(), path + ".nestedGroups", "expected an array of group ids, found "
                        + n.kind());
            }
            double order = i;
            JsonNodeAt orderNode = ImportedKeys.get(o, "order");
            if (orderNode instanceof NumberAt num) {
                order = num.doubleValue();
            }
            if (report.endItem()) {
                groupAt.put(key, o);
                if (name == null || name.isEmpty()) {
                    name = key;
                    report.warning(o.line(), o.column(), path, "the group has no content: named \"" + key + "\"");
                }
                list.add(new Group(key, name, nested, path, order, i));
            }
        }
        list.sort((a, b) -> a.order() != b.order() ? Double.compare(a.order(), b.order())
                : Integer.compare(a.index(), b.index()));
        for (Group g : list) {
            groups.put(g.key(), out.addOrganisation(g.key(), g.name(), null));
        }
        Map<String, String> parentOf = new HashMap<>();
        for (Group g : list) {
            for (int j = 0; j < g.nested().size(); j++) {
                JsonNodeAt child = g.nested().get(j);
                String at = g.path() + ".nestedGroups[" + j + "]";
                report.beginItem("the nesting " + at);
                String childKey = idText(child, at);
                if (childKey != null && !groups.containsKey(childKey)) {
                    report.error(child.line(), child.column(), at, "unknown group \"" + childKey + "\": expected the id "
                            + "of a group in \"groups\"");
                } else if (childKey != null && parentOf.containsKey(childKey)) {
                    report.error(child.line(), child.column(), at, "group \"" + childKey + "\" is already nested in \""
                            + parentOf.get(childKey) + "\": a group can have only one parent");
                } else if (childKey != null && (childKey.equals(g.key()) || isAncestor(childKey, g.key(), parentOf))) {
                    report.error(child.line(), child.column(), at, "nesting \"" + childKey + "\" in \"" + g.key()
                            + "\" makes a cycle: a group cannot contain itself");
                }
                if (report.endItem() && childKey != null) {
                    parentOf.put(childKey, g.key());
                    out.parent(groups.get(childKey), groups.get(g.key()));
                }
            }
        }
    }

    private static boolean isAncestor(String candidate, String of, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String cursor = parentOf.get(of);
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(candidate)) {
                return true;
            }
            cursor = parentOf.get(cursor);
        }
        return false;
    }

    private void items(List<JsonNodeAt> nodes) {
        // Explicit ids first, so an id derived for an item without one never takes a later item's id.
        Map<String, JsonNodeAt> explicit = new HashMap<>();
        for (JsonNodeAt node : nodes) {
            if (node instanceof ObjectAt o && (ImportedKeys.get(o, "id") instanceof StringAt || ImportedKeys.get(o, "id") instanceof NumberAt)) {
                String slug = IdMaker.slug(scalarText(ImportedKeys.get(o, "id")));
                if (!slug.isEmpty()) {
                    out.eventIds().reserve(slug);
                }
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            String path = "items[" + i + "]";
            JsonNodeAt node = nodes.get(i);
            report.beginItem(path);
            if (!(node instanceof ObjectAt o)) {
                report.error(node.line(), node.column(), path, "expected an item object, found " + node.kind());
                report.endItem();
                continue;
            }
            item(o, path, explicit);
        }
    }

    private void item(ObjectAt o, String path, Map<String, JsonNodeAt> explicit) {
        ImportedKeys.note(report, o, path, ITEM, ITEM_UNUSED, "vis-timeline");
        String type = "box";
        JsonNodeAt typeNode = ImportedKeys.get(o, "type");
        if (typeNode != null) {
            String t = typeNode instanceof StringAt s ? s.value().strip() : null;
            if (t == null || !TYPES.contains(t)) {
                report.error(typeNode.line(), typeNode.column(), path + ".type", (t == null ? typeNode.kind() : "\"" + t
                        + "\"") + " is not an item type: expected box, point, range or background");
            } else {
                type = t;
            }
        }
        String idKey = idText(ImportedKeys.get(o, "id"), path + ".id");
        if (idKey != null) {
            String slug = IdMaker.slug(idKey);
            JsonNodeAt first = slug.isEmpty() ? null : explicit.putIfAbsent(slug, ImportedKeys.get(o, "id"));
            if (first != null) {
                report.error(ImportedKeys.get(o, "id").line(), ImportedKeys.get(o, "id").column(), path + ".id", "duplicate item id \"" + idKey
                        + "\" (first used at line " + first.line() + ")");
            }
        }
        JsonNodeAt contentNode = ImportedKeys.get(o, "content");
        String content = text(contentNode, path + ".content");
        if (contentNode == null && !type.equals("background")) {
            report.error(o.line(), o.column(), path, "missing \"content\": expected the item's label");
        }
        String summary = text(ImportedKeys.get(o, "title"), path + ".title");
        PartialDate start = date(ImportedKeys.get(o, "start"), path + ".start");
        if (ImportedKeys.get(o, "start") == null) {
            report.error(o.line(), o.column(), path, "missing \"start\": expected a date such as \"2019-12-20\"");
        }
        JsonNodeAt endNode = ImportedKeys.get(o, "end");
        PartialDate end = date(endNode, path + ".end");
        if (endNode == null && (type.equals("range") || type.equals("background"))) {
            report.error(o.line(), o.column(), path, "a " + type + " item needs an \"end\"");
        }
        if (endNode != null && type.equals("point") || endNode != null && typeNode != null && type.equals("box")) {
            report.warning(endNode.line(), endNode.column(), path + ".end", "a " + type + " item is drawn at its start: "
                    + "the end is ignored");
            end = null;
        }
        if (start != null && end != null && end.startMillis() < start.startMillis()) {
            report.error(endNode.line(), endNode.column(), path + ".end", "the end " + end.toIso() + " is before the "
                    + "start " + start.toIso() + ": the end must not come before the start");
        }
        String organisation = group(o, path);
        if (!report.endItem()) {
            return;
        }
        if (type.equals("background")) {
            if (ImportedKeys.get(o, "group") != null) {
                report.note("background-group", o.line(), o.column(), path + ".group", "a background item of one group "
                        + "is drawn as an era across all lanes");
            }
            out.era(content == null || content.isEmpty() ? "[background]" : content, start, end);
            return;
        }
        String title = content;
        if (title == null || title.isEmpty()) {
            title = summary != null && !summary.isEmpty() ? summary.lines().findFirst().orElse(summary) : "[untitled]";
            report.warning(o.line(), o.column(), path + ".content", "the item has no text: titled \"" + title + "\"");
        }
        String id = idKey == null || IdMaker.slug(idKey).isEmpty()
                ? out.eventIds().unique(ImportedDataset.baseId(IdMaker.slug(title), "item"))
                : IdMaker.slug(idKey);
        out.event(id, title, start, end, null, summary, organisation, List.of());
    }

    private String group(ObjectAt o, String path) {
        JsonNodeAt node = ImportedKeys.get(o, "group");
        if (node == null) {
            return null;
        }
        String key = idText(node, path + ".group");
        if (key == null) {
            return null;
        }
        String id = groups.get(key);
        if (id != null) {
            return id;
        }
        if (groupsDeclared) {
            report.error(node.line(), node.column(), path + ".group", "unknown group \"" + key + "\": expected the id "
                    + "of a group in \"groups\"");
            return null;
        }
        return out.organisationForGroup(key);
    }

    private PartialDate date(JsonNodeAt node, String path) {
        if (node == null) {
            return null;
        }
        IsoDateText.Parsed parsed;
        try {
            if (node instanceof NumberAt n && n.integral()) {
                parsed = IsoDateText.epochMillis(Long.parseLong(n.text()));
            } else if (node instanceof StringAt s) {
                parsed = IsoDateText.parse(s.value());
            } else {
                report.error(node.line(), node.column(), path, "expected a date as an ISO-8601 string or as "
                        + "milliseconds since 1970, found " + (node instanceof NumberAt ? "a decimal number" : node.kind()));
                return null;
            }
        } catch (InvalidDateException | NumberFormatException e) {
            String shown = node instanceof StringAt s ? "\"" + s.value() + "\"" : ((NumberAt) node).text();
            report.error(node.line(), node.column(), path, shown + " " + (e instanceof InvalidDateException
                    ? e.getMessage() : "is out of range"));
            return null;
        }
        if (parsed.noOffset()) {
            report.note("no-offset", node.line(), node.column(), path, "a time without a time zone: read as UTC "
                    + "(vis-timeline would use the viewer's local time)");
        }
        if (parsed.fractionDropped()) {
            report.note("fraction", node.line(), node.column(), path, "fractions of a second are not kept: the time "
                    + "is read to the second");
        }
        return parsed.date();
    }

    /** Plain text of a string value (HTML stripped); numbers are accepted as their text. */
    private String text(JsonNodeAt node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof StringAt || node instanceof NumberAt) {
            return HtmlText.toPlainText(scalarText(node));
        }
        report.error(node.line(), node.column(), path, "expected a string, found " + node.kind());
        return null;
    }

    /** An id as text (string or number), null when absent; reports other kinds. */
    private String idText(JsonNodeAt node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof StringAt || node instanceof NumberAt) {
            String t = scalarText(node).strip();
            if (t.isEmpty()) {
                report.error(node.line(), node.column(), path, "the id is empty");
                return null;
            }
            return t;
        }
        report.error(node.line(), node.column(), path, "expected an id (a string or a number), found " + node.kind());
        return null;
    }

    private static String scalarText(JsonNodeAt node) {
        return node instanceof StringAt s ? s.value() : ((NumberAt) node).text();
    }
}
