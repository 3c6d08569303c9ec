package org.sightline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.InvalidDateException;
import org.sightline.model.LaneGrouping;
import org.sightline.model.PartialDate;
import org.sightline.model.ViewSpec;

/**
 * The JSON form of a {@link ViewSpec}, stored in exported PNGs under {@link #KEYWORD}. Parsing treats the
 * text as untrusted: bounded sizes, a tree of plain nodes (no object binding), every field checked, and a
 * message that names the field and what was expected.
 */
public final class ViewSpecJson {

    public static final String KEYWORD = "sightline:view";
    public static final String FORMAT = "sightline-view";
    public static final int VERSION = 1;
    private static final int MAX_IDS = 10_000;
    private static final int MAX_ID_LENGTH = 500;
    private static final int MAX_JSON = 1 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16).maxStringLength(MAX_JSON).maxDocumentLength(MAX_JSON)
                    .build())
            .build());

    private ViewSpecJson() {
    }

    public static String write(ViewSpec v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode dataset = root.putObject("dataset");
        dataset.put("name", v.dataset().name());
        dataset.put("title", v.dataset().title());
        if (v.dataset().sha256() != null) {
            dataset.put("sha256", v.dataset().sha256());
        }
        ObjectNode window = root.putObject("window");
        window.put("from", v.range().from().toIso());
        window.put("to", v.range().to().toIso());
        root.put("grouping", v.grouping().id());
        ObjectNode filter = root.putObject("filter");
        strings(filter.putArray("organisations"), new TreeSet<>(v.filter().organisationIds()));
        strings(filter.putArray("regions"), new TreeSet<>(v.filter().regionIds()));
        List<String> statuses = new ArrayList<>();
        for (EventStatus s : EventStatus.values()) {
            if (v.filter().statuses().contains(s)) {
                statuses.add(s.id());
            }
        }
        strings(filter.putArray("statuses"), statuses);
        strings(filter.putArray("tags"), new TreeSet<>(v.filter().tags()));
        filter.put("text", v.filter().text());
        root.put("theme", v.theme());
        ObjectNode size = root.putObject("size");
        size.put("width", v.pixelWidth());
        size.put("height", v.pixelHeight());
        size.put("scale", v.scale());
        if (v.title() != null) {
            root.put("title", v.title());
        }
        if (v.subtitle() != null) {
            root.put("subtitle", v.subtitle());
        }
        root.put("legend", v.legend());
        root.put("footer", v.footer());
        root.put("panels", v.panels());
        if (!v.collapsedLanes().isEmpty()) {
            strings(root.putArray("collapsedLanes"), v.collapsedLanes());
        }
        if (v.focusEvent() != null) {
            root.put("event", v.focusEvent());
        }
        if (v.firstLane() != null) {
            root.put("firstLane", v.firstLane());
        }
        return root.toString();
    }

    /**
     * Parses and validates.
     *
     * @throws ViewSpecException naming the field and what was expected
     */
    public static ViewSpec parse(String json) throws ViewSpecException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ViewSpecException("the saved view is not valid JSON: " + ParserMessages.plain(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new ViewSpecException("the saved view is not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new ViewSpecException("format: expected \"" + FORMAT + "\"");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.intValue() < 1) {
            throw new ViewSpecException("version: expected a whole number such as 1");
        }
        if (version.intValue() > VERSION) {
            throw new ViewSpecException("version " + version.intValue() + " was written by a newer Sightline; "
                    + "this one reads version " + VERSION);
        }
        JsonNode dataset = object(root, "dataset");
        String sha = optionalText(dataset, "dataset.sha256");
        if (sha != null && !sha.matches("[0-9a-f]{64}")) {
            throw new ViewSpecException("dataset.sha256: expected 64 lower-case hex digits");
        }
        ViewSpec.DatasetRef ref = new ViewSpec.DatasetRef(text(dataset, "name", "dataset.name"),
                optionalText(dataset, "dataset.title"), sha);
        JsonNode window = object(root, "window");
        PartialDate from = date(window, "from");
        PartialDate to = date(window, "to");
        if (to.endMillis() <= from.startMillis()) {
            throw new ViewSpecException("window: \"to\" (" + to + ") must not be before \"from\" (" + from + ")");
        }
        String groupingId = text(root, "grouping", "grouping");
        LaneGrouping grouping = LaneGrouping.fromId(groupingId).orElseThrow(() -> new ViewSpecException(
                "grouping: \"" + groupingId + "\" is not one of organisation, organisation-tree, region, status, none"));
        JsonNode f = root.has("filter") ? object(root, "filter") : MAPPER.createObjectNode();
        Set<EventStatus> statuses = new LinkedHashSet<>();
        for (String id : ids(f, "statuses")) {
            statuses.add(EventStatus.fromId(id).orElseThrow(() -> new ViewSpecException(
                    "filter.statuses: \"" + id + "\" is not a status (" + EventStatus.allIds() + ")")));
        }
        String text = f.has("text") ? text(f, "text", "filter.text") : "";
        EventFilter filter = new EventFilter(ids(f, "organisations"), ids(f, "regions"), statuses, ids(f, "tags"), text);
        String theme = text(root, "theme", "theme");
        if (!List.of("light", "dark", "print").contains(theme)) {
            throw new ViewSpecException("theme: \"" + theme + "\" is not one of light, dark, print");
        }
        JsonNode size = object(root, "size");
        int width = whole(size, "width");
        int height = whole(size, "height");
        JsonNode scaleNode = size.path("scale");
        if (!scaleNode.isNumber()) {
            throw new ViewSpecException("size.scale: expected a number such as 2");
        }
        String sizeProblem = ViewSpec.sizeProblem(width, height, scaleNode.doubleValue());
        if (sizeProblem != null) {
            throw new ViewSpecException("size: " + sizeProblem);
        }
        return new ViewSpec(ref, new DateRange(from, to), grouping, filter, theme, width, height,
                scaleNode.doubleValue(), optionalText(root, "title"), optionalText(root, "subtitle"),
                flag(root, "legend"), flag(root, "footer"), flag(root, "panels"), ids(root, "collapsedLanes", ""),
                optionalId(root, "event", "an event id"), optionalId(root, "firstLane", "a lane id"));
    }

    /** The optional id in {@code field}: the event the image is about, or the lane it starts at. */
    private static String optionalId(JsonNode root, String field, String what) throws ViewSpecException {
        JsonNode n = root.get(field);
        if (n == null) {
            return null;
        }
        if (!n.isTextual() || n.textValue().isEmpty() || n.textValue().length() > MAX_ID_LENGTH) {
            throw new ViewSpecException(field + ": expected " + what + ", a non-empty string of at most "
                    + MAX_ID_LENGTH + " characters");
        }
        return n.textValue();
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static JsonNode object(JsonNode parent, String field) throws ViewSpecException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new ViewSpecException(field + ": expected an object");
        }
        return n;
    }

    private static String text(JsonNode parent, String field, String path) throws ViewSpecException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual()) {
            throw new ViewSpecException(path + ": expected a string");
        }
        if (n.textValue().length() > ViewSpec.MAX_TEXT * 4) {
            throw new ViewSpecException(path + ": longer than " + ViewSpec.MAX_TEXT * 4 + " characters");
        }
        return n.textValue();
    }

    private static String optionalText(JsonNode parent, String path) throws ViewSpecException {
        String field = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = parent.get(field);
        return n == null || n.isNull() ? null : text(parent, field, path);
    }

    private static PartialDate date(JsonNode window, String field) throws ViewSpecException {
        String iso = text(window, field, "window." + field);
        try {
            return PartialDate.parse(iso);
        } catch (InvalidDateException e) {
            throw new ViewSpecException("window." + field + ": \"" + iso + "\" " + e.getMessage());
        }
    }

    private static int whole(JsonNode parent, String field) throws ViewSpecException {
        JsonNode n = parent.path(field);
        if (!n.isInt()) {
            throw new ViewSpecException("size." + field + ": expected a whole number of pixels");
        }
        return n.intValue();
    }

    private static boolean flag(JsonNode parent, String field) throws ViewSpecException {
        JsonNode n = parent.get(field);
        if (n == null) {
            return true;
        }
        if (!n.isBoolean()) {
            throw new ViewSpecException(field + ": expected true or false");
        }
        return n.booleanValue();
    }

    private static Set<String> ids(JsonNode parent, String field) throws ViewSpecException {
        return ids(parent, field, "filter.");
    }

    /** An optional list of ids, {@code prefix + field} in messages. */
    private static Set<String> ids(JsonNode parent, String field, String prefix) throws ViewSpecException {
        JsonNode n = parent.get(field);
        if (n == null) {
            return Set.of();
        }
        if (!n.isArray() || n.size() > MAX_IDS) {
            throw new ViewSpecException(prefix + field + ": expected a list of at most " + MAX_IDS + " strings");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : n) {
            if (!item.isTextual() || item.textValue().isEmpty() || item.textValue().length() > MAX_ID_LENGTH) {
                throw new ViewSpecException(prefix + field + ": expected non-empty strings of at most "
                        + MAX_ID_LENGTH + " characters");
            }
            out.add(item.textValue());
        }
        return out;
    }
}
