package org.sightline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.model.Briefing;
import org.sightline.model.BriefingStep;
import org.sightline.model.Confidence;
import org.sightline.model.Dataset;
import org.sightline.model.Era;
import org.sightline.model.EventStatus;
import org.sightline.model.HierarchyNode;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.Region;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;

/**
 * Reads and validates a native Sightline dataset (JSON, {@code "format": "sightline-dataset"}). Every
 * problem is reported with its location; a dataset is returned only when there are no errors.
 */
public final class NativeDatasetReader {

    public static final String FORMAT = "sightline-dataset";
    public static final int VERSION = 1;

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "title", "description",
            "dataAsOf", "organisations", "regions", "events", "eras", "briefings");
    private static final Set<String> ORG_FIELDS = Set.of("id", "name", "abbreviation", "parent", "kind", "color",
            "description");
    private static final Set<String> REGION_FIELDS = Set.of("id", "name", "parent", "kind", "lat", "lon",
            "description");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "title", "start", "end", "displayDate", "summary",
            "organisations", "regions", "status", "confidence", "tags", "sources", "notes");
    private static final Set<String> SOURCE_FIELDS = Set.of("publisher", "title", "date", "url");
    private static final Set<String> ERA_FIELDS = Set.of("id", "title", "start", "end", "color");
    private static final Set<String> BRIEFING_FIELDS = Set.of("id", "title", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("event", "from", "to", "highlightOrganisations",
            "highlightRegions", "caption", "notes");

    private final ReadLimits limits;

    public NativeDatasetReader() {
        this(ReadLimits.DEFAULT);
    }

    public NativeDatasetReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Reads a file; problems name it by {@code path.toString()}. Never throws for bad content. */
    public LoadResult read(Path path) {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                return LoadResult.failed(List.of(Problem.error(name, 0, 0, "", limits.tooLarge(size))));
            }
            return read(Files.readAllBytes(path), name);
        } catch (NoSuchFileException e) {
            return LoadResult.failed(List.of(Problem.error(name, 0, 0, "", "no such file")));
        } catch (IOException e) {
            return LoadResult.failed(List.of(Problem.error(name, 0, 0, "", "could not be read: " + FileErrors.reason(e))));
        }
    }

    /** Reads from a stream (for bundled resources), bounded by the size limit. */
    public LoadResult read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        return read(bytes, name);
    }

    /** Reads from bytes; {@code file} names the source in problems. */
    public LoadResult read(byte[] bytes, String file) {
        JsonNodeAt root;
        try {
            root = new LocatedJsonParser(limits).parse(bytes, file);
        } catch (ProblemException e) {
            return LoadResult.failed(List.of(e.problem()));
        }
        return read(root, file);
    }

    /** Validates an already parsed tree (shared with format detection and the native CSV reader). */
    LoadResult read(JsonNodeAt root, String file) {
        ProblemCollector problems = new ProblemCollector(file);
        Dataset dataset = new Validator(problems).dataset(root);
        return new LoadResult(problems.hasErrors() ? null : dataset, problems.problems(), DatasetFormat.NATIVE_JSON,
                false);
    }

    /** Validates a parsed tree, collecting every problem. */
    private static final class Validator {
        private final ProblemCollector problems;
        private final Map<String, JsonNodeAt> organisationAt = new HashMap<>();
        private final Map<String, JsonNodeAt> regionAt = new HashMap<>();
        private final Map<String, JsonNodeAt> eventAt = new HashMap<>();

        Validator(ProblemCollector problems) {
            this.problems = problems;
        }

        Dataset dataset(JsonNodeAt root) {
            JsonObjectReader top = JsonObjectReader.of(problems, root, "");
            if (top == null) {
                return null;
            }
            String format = top.requiredString("format");
            if (format != null && !FORMAT.equals(format)) {
                problems.error(top.get("format"), "format", "\"" + format + "\" is not a Sightline dataset: expected \""
                        + FORMAT + "\"");
                return null;
            }
            Integer version = top.requiredInteger("version");
            if (version != null && version > VERSION) {
                problems.error(top.get("version"), "version", "version " + version
                        + " is newer than this Sightline reads (up to " + VERSION + "): update Sightline");
                return null;
            }
            if (version != null && version < 1) {
                problems.error(top.get("version"), "version", version + " is not a valid version: expected 1");
            }
            top.warnUnknownFields(TOP_FIELDS);
            String title = top.requiredString("title");
            String description = top.optionalString("description");
            PartialDate asOf = top.optionalDate("dataAsOf");

            List<Organisation> organisations = organisations(top);
            List<Region> regions = regions(top);
            List<TimelineEvent> events = events(top);
            List<Era> eras = eras(top);
            List<Briefing> briefings = briefings(top);
            if (problems.hasErrors()) {
                return null;
            }
            return Dataset.builder(title).description(description).dataAsOf(asOf)
                    .organisations(organisations).regions(regions).events(events).eras(eras)
                    .briefings(briefings).build();
        }

        private String id(JsonObjectReader o, Map<String, JsonNodeAt> seen) {
            String id = o.requiredString("id");
            if (id == null) {
                return null;
            }
            JsonNodeAt at = o.get("id");
            if (!ID.matcher(id).matches()) {
                problems.error(at, o.childPath("id"), "\"" + id + "\" is not a valid id: expected lower-case "
                        + "letters, digits, '.', '_' or '-', starting with a letter or digit");
                return null;
            }
            JsonNodeAt first = seen.putIfAbsent(id, at);
            if (first != null) {
                problems.error(at, o.childPath("id"), "duplicate id \"" + id + "\" (first used at line "
                        + first.line() + ")");
                return null;
            }
            return id;
        }

        /** The optional {@code color} field: a {@code #rrggbb} value, or null (reported when malformed). */
        private String color(JsonObjectReader o) {
            String color = o.optionalString("color");
            if (color != null && !COLOR.matcher(color).matches()) {
                problems.error(o.get("color"), o.childPath("color"), "\"" + color
                        + "\" is not a colour: expected #rrggbb, e.g. #0072B2");
                return null;
            }
            return color;
        }

        private List<Organisation> organisations(JsonObjectReader top) {
            List<Organisation> out = new ArrayList<>();
            List<JsonNodeAt> items = top.array("organisations", true);
            List<JsonObjectReader> readers = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonObjectReader o = JsonObjectReader.of(problems, items.get(i), "organisations[" + i + "]");
                if (o == null) {
                    continue;
                }
                o.warnUnknownFields(ORG_FIELDS);
                String id = id(o, organisationAt);
                String name = o.requiredString("name");
                String color = color(o);
                if (id != null && name != null) {
                    out.add(new Organisation(id, name, o.optionalString("abbreviation"), o.optionalString("parent"),
                            o.optionalString("kind"), color, o.optionalString("description")));
                    readers.add(o);
                }
            }
            checkParents(out, readers, organisationAt, "organisation");
            return out;
        }

        private List<Region> regions(JsonObjectReader top) {
            List<Region> out = new ArrayList<>();
            List<JsonNodeAt> items = top.array("regions", true);
            List<JsonObjectReader> readers = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonObjectReader o = JsonObjectReader.of(problems, items.get(i), "regions[" + i + "]");
                if (o == null) {
                    continue;
                }
                o.warnUnknownFields(REGION_FIELDS);
                String id = id(o, regionAt);
                String name = o.requiredString("name");
                String kind = o.optionalString("kind");
                if (kind != null && !kind.equals("region") && !kind.equals("place")) {
                    problems.error(o.get("kind"), o.childPath("kind"), "\"" + kind
                            + "\" is not a region kind: expected \"region\" or \"place\"");
                }
                Double lat = o.optionalNumber("lat", -90, 90);
                Double lon = o.optionalNumber("lon", -180, 180);
                if ((o.get("lat") == null) != (o.get("lon") == null)) {
                    problems.error(o.node(), o.path(), "\"lat\" and \"lon\" must be given together");
                }
                if (id != null && name != null) {
                    out.add(new Region(id, name, o.optionalString("parent"), kind, lat, lon,
                            o.optionalString("description")));
                    readers.add(o);
                }
            }
            checkParents(out, readers, regionAt, "region");
            return out;
        }

        private <T extends HierarchyNode> void checkParents(List<T> nodes, List<JsonObjectReader> readers,
                                                            Map<String, JsonNodeAt> known, String kind) {
            Map<String, String> parents = new HashMap<>();
            for (T n : nodes) {
                parents.put(n.id(), n.parentId());
            }
            for (int i = 0; i < nodes.size(); i++) {
                T n = nodes.get(i);
                JsonObjectReader o = readers.get(i);
                if (n.parentId() == null) {
                    continue;
                }
                if (!known.containsKey(n.parentId())) {
                    problems.error(o.get("parent"), o.childPath("parent"), "unknown " + kind + " \""
                            + n.parentId() + "\": expected the id of another " + kind);
                    continue;
                }
                Set<String> seen = new HashSet<>();
                String cursor = n.id();
                while (cursor != null && seen.add(cursor)) {
                    cursor = parents.get(cursor);
                }
                if (cursor != null && cursor.equals(n.id())) {
                    problems.error(o.get("parent"), o.childPath("parent"), "parent \"" + n.parentId()
                            + "\" makes a cycle: " + (kind.matches("[aeiou].*") ? "an " : "a ") + kind
                            + " cannot be its own ancestor");
                }
            }
        }

        private List<TimelineEvent> events(JsonObjectReader top) {
            List<TimelineEvent> out = new ArrayList<>();
            Map<String, JsonNodeAt> eventIds = eventAt;
            List<JsonNodeAt> items = top.array("events", true);
            for (int i = 0; i < items.size(); i++) {
                JsonObjectReader o = JsonObjectReader.of(problems, items.get(i), "events[" + i + "]");
                if (o == null) {
                    continue;
                }
                o.warnUnknownFields(EVENT_FIELDS);
                TimelineEvent e = event(o, eventIds);
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }

        private TimelineEvent event(JsonObjectReader o, Map<String, JsonNodeAt> eventIds) {
            String id = id(o, eventIds);
            String title = o.requiredString("title");
            PartialDate start = o.requiredDate("start");
            PartialDate end = o.optionalDate("end");
            if (start != null && end != null && end.startMillis() < start.startMillis()) {
                problems.error(o.get("end"), o.childPath("end"), "\"" + end.toIso() + "\" is before the start \""
                        + start.toIso() + "\": the end must not come before the start");
            }
            String summary = o.requiredStringOrEmpty("summary");
            List<String> orgs = references(o, "organisations", organisationAt, "organisation");
            List<String> regions = references(o, "regions", regionAt, "region");
            EventStatus status = null;
            String statusText = o.requiredString("status");
            if (statusText != null) {
                status = EventStatus.fromId(statusText).orElse(null);
                if (status == null) {
                    problems.error(o.get("status"), o.childPath("status"), "\"" + statusText
                            + "\" is not a status: expected one of " + EventStatus.allIds());
                }
            }
            Confidence confidence = null;
            String confidenceText = o.optionalString("confidence");
            if (confidenceText != null) {
                confidence = Confidence.fromId(confidenceText).orElse(null);
                if (confidence == null) {
                    problems.error(o.get("confidence"), o.childPath("confidence"), "\"" + confidenceText
                            + "\" is not a confidence: expected high, medium or low");
                }
            }
            List<String> tags = o.stringArray("tags", false);
            List<Source> sources = sources(o);
            String displayDate = o.optionalString("displayDate");
            String notes = o.optionalString("notes");
            if (id == null || title == null || start == null || summary == null || status == null) {
                return null;
            }
            return new TimelineEvent(id, title, start, end, displayDate, summary, orgs, regions, status,
                    confidence, tags, sources, notes);
        }

        private List<String> references(JsonObjectReader o, String field, Map<String, JsonNodeAt> known,
                                        String kind) {
            return references(o, field, known, kind, true);
        }

        private List<String> references(JsonObjectReader o, String field, Map<String, JsonNodeAt> known,
                                        String kind, boolean required) {
            List<String> ids = o.stringArray(field, required);
            for (int i = 0; i < ids.size(); i++) {
                if (!known.containsKey(ids.get(i))) {
                    problems.error(o.arrayItem(field, i), o.childPath(field) + "[" + i + "]", "unknown " + kind
                            + " \"" + ids.get(i) + "\": expected an id from \"" + field + "\"");
                }
            }
            return ids;
        }

        private List<Source> sources(JsonObjectReader event) {
            List<Source> out = new ArrayList<>();
            List<JsonNodeAt> items = event.array("sources", true);
            if (items.isEmpty() && event.get("sources") != null) {
                problems.warning(event.get("sources"), event.childPath("sources"),
                        "the event has no source: add at least one so readers can check it");
            }
            for (int i = 0; i < items.size(); i++) {
                JsonObjectReader s = JsonObjectReader.of(problems, items.get(i), event.childPath("sources") + "[" + i + "]");
                if (s == null) {
                    continue;
                }
                s.warnUnknownFields(SOURCE_FIELDS);
                String title = s.requiredString("title");
                String url = s.optionalString("url");
                if (url != null && !Links.isWebLink(url)) {
                    problems.error(s.get("url"), s.childPath("url"), "\"" + url
                            + "\" is not a web link: expected an http:// or https:// URL");
                    url = null;
                }
                PartialDate date = s.optionalDate("date");
                if (title != null) {
                    out.add(new Source(s.optionalString("publisher"), title, date, url));
                }
            }
            return out;
        }

        private List<Briefing> briefings(JsonObjectReader top) {
            List<Briefing> out = new ArrayList<>();
            List<JsonNodeAt> items = top.array("briefings", false);
            for (int i = 0; i < items.size(); i++) {
                JsonObjectReader o = JsonObjectReader.of(problems, items.get(i), "briefings[" + i + "]");
                if (o == null) {
                    continue;
                }
                o.warnUnknownFields(BRIEFING_FIELDS);
                String title = o.requiredString("title");
                List<JsonNodeAt> stepNodes = o.array("steps", true);
                if (stepNodes.isEmpty() && o.get("steps") != null) {
                    problems.error(o.get("steps"), o.childPath("steps"), "a briefing needs at least one step");
                }
                List<BriefingStep> steps = new ArrayList<>();
                for (int j = 0; j < stepNodes.size(); j++) {
                    JsonObjectReader step = JsonObjectReader.of(problems, stepNodes.get(j), o.childPath("steps") + "[" + j + "]");
                    if (step != null) {
                        BriefingStep parsed = step(step);
                        if (parsed != null) {
                            steps.add(parsed);
                        }
                    }
                }
                if (title != null) {
                    out.add(new Briefing(o.optionalString("id"), title, steps));
                }
            }
            return out;
        }

        private BriefingStep step(JsonObjectReader o) {
            o.warnUnknownFields(STEP_FIELDS);
            String event = o.optionalString("event");
            if (event != null && !eventAt.containsKey(event)) {
                problems.error(o.get("event"), o.childPath("event"), "unknown event \"" + event
                        + "\": expected an id from \"events\"");
            }
            PartialDate from = o.optionalDate("from");
            PartialDate to = o.optionalDate("to");
            if ((o.get("from") == null) != (o.get("to") == null)) {
                problems.error(o.node(), o.path(), "\"from\" and \"to\" must be given together");
            } else if (from != null && to != null && to.startMillis() < from.startMillis()) {
                problems.error(o.get("to"), o.childPath("to"), "\"" + to.toIso() + "\" is before \"from\" \""
                        + from.toIso() + "\"");
            }
            if (event == null && o.get("from") == null) {
                problems.error(o.node(), o.path(), "a step needs an \"event\" or a \"from\"–\"to\" window");
            }
            List<String> orgs = references(o, "highlightOrganisations", organisationAt, "organisation", false);
            List<String> regions = references(o, "highlightRegions", regionAt, "region", false);
            String caption = o.requiredString("caption");
            if (caption == null) {
                return null;
            }
            return new BriefingStep(event, from, to, orgs, regions, caption, o.optionalString("notes"));
        }

        private List<Era> eras(JsonObjectReader top) {
            List<Era> out = new ArrayList<>();
            List<JsonNodeAt> items = top.array("eras", false);
            for (int i = 0; i < items.size(); i++) {
                JsonObjectReader o = JsonObjectReader.of(problems, items.get(i), "eras[" + i + "]");
                if (o == null) {
                    continue;
                }
                o.warnUnknownFields(ERA_FIELDS);
                String title = o.requiredString("title");
                PartialDate start = o.requiredDate("start");
                PartialDate end = o.requiredDate("end");
                String color = color(o);
                if (start != null && end != null && end.startMillis() < start.startMillis()) {
                    problems.error(o.get("end"), o.childPath("end"), "\"" + end.toIso() + "\" is before the start \""
                            + start.toIso() + "\"");
                } else if (title != null && start != null && end != null) {
                    out.add(new Era(o.optionalString("id"), title, start, end, color));
                }
            }
            return out;
        }
    }
}
