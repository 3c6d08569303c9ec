package org.sightline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sightline.io.JsonNodeAt.ArrayAt;
import org.sightline.io.JsonNodeAt.Member;
import org.sightline.io.JsonNodeAt.NullAt;
import org.sightline.io.JsonNodeAt.NumberAt;
import org.sightline.io.JsonNodeAt.ObjectAt;
import org.sightline.io.JsonNodeAt.StringAt;
import org.sightline.model.InvalidDateException;
import org.sightline.model.PartialDate;

/**
 * Typed access to one JSON object that records a {@link Problem} for every missing field, wrong type
 * or bad value instead of stopping at the first one. Null is treated as absent.
 */
final class JsonObjectReader {

    private final ProblemCollector problems;
    private final ObjectAt object;
    private final String path;

    JsonObjectReader(ProblemCollector problems, ObjectAt object, String path) {
        this.problems = problems;
        this.object = object;
        this.path = path;
    }

    /** Reads {@code node} as an object, or reports what it is instead and returns null. */
    static JsonObjectReader of(ProblemCollector problems, JsonNodeAt node, String path) {
        if (node instanceof ObjectAt o) {
            return new JsonObjectReader(problems, o, path);
        }
        problems.error(node, path, "expected an object, found " + node.kind());
        return null;
    }

    String path() {
        return path;
    }

    ObjectAt node() {
        return object;
    }

    String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The value of a field, or null when absent or null. */
    JsonNodeAt get(String name) {
        Member m = object.members().get(name);
        return m == null || m.value() instanceof NullAt ? null : m.value();
    }

    String requiredString(String name) {
        JsonNodeAt v = get(name);
        if (v == null) {
            problems.error(object, path, "missing required field \"" + name + "\" (expected a string)");
            return null;
        }
        return asString(v, name, true);
    }

    /** A required string that may be empty (an imported event without text has an empty summary). */
    String requiredStringOrEmpty(String name) {
        JsonNodeAt v = get(name);
        if (v == null) {
            problems.error(object, path, "missing required field \"" + name + "\" (expected a string)");
            return null;
        }
        return asString(v, name, false);
    }

    String optionalString(String name) {
        JsonNodeAt v = get(name);
        return v == null ? null : asString(v, name, false);
    }

    private String asString(JsonNodeAt v, String name, boolean required) {
        if (v instanceof StringAt s) {
            if (required && s.value().isBlank()) {
                problems.error(v, childPath(name), "must not be empty");
                return null;
            }
            return s.value();
        }
        problems.error(v, childPath(name), "expected a string, found " + v.kind());
        return null;
    }

    PartialDate requiredDate(String name) {
        JsonNodeAt v = get(name);
        if (v == null) {
            problems.error(object, path, "missing required field \"" + name
                    + "\" (expected a date such as 2019, 2019-12 or 2019-12-20)");
            return null;
        }
        return asDate(v, name);
    }

    PartialDate optionalDate(String name) {
        JsonNodeAt v = get(name);
        return v == null ? null : asDate(v, name);
    }

    private PartialDate asDate(JsonNodeAt v, String name) {
        if (!(v instanceof StringAt s)) {
            problems.error(v, childPath(name), "expected a date as a string such as \"2019-12\", found " + v.kind());
            return null;
        }
        try {
            return PartialDate.parse(s.value());
        } catch (InvalidDateException e) {
            problems.error(v, childPath(name), "\"" + s.value() + "\" " + e.getMessage());
            return null;
        }
    }

    /** A number within [min, max], or null (absent or reported). */
    Double optionalNumber(String name, double min, double max) {
        JsonNodeAt v = get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof NumberAt n)) {
            problems.error(v, childPath(name), "expected a number, found " + v.kind());
            return null;
        }
        double d = n.doubleValue();
        if (!(d >= min && d <= max)) {
            problems.error(v, childPath(name), n.text() + " is out of range: expected a number from "
                    + fmt(min) + " to " + fmt(max));
            return null;
        }
        return d;
    }

    Integer requiredInteger(String name) {
        JsonNodeAt v = get(name);
        if (v == null) {
            problems.error(object, path, "missing required field \"" + name + "\" (expected a whole number)");
            return null;
        }
        if (v instanceof NumberAt n && n.integral()) {
            try {
                return Integer.valueOf(n.text());
            } catch (NumberFormatException e) {
                problems.error(v, childPath(name), n.text() + " is too large");
                return null;
            }
        }
        problems.error(v, childPath(name), "expected a whole number, found " + v.kind());
        return null;
    }

    /** The items of an array field; reports and returns an empty list when missing or not an array. */
    List<JsonNodeAt> array(String name, boolean required) {
        JsonNodeAt v = get(name);
        if (v == null) {
            if (required) {
                problems.error(object, path, "missing required field \"" + name + "\" (expected an array)");
            }
            return List.of();
        }
        if (v instanceof ArrayAt a) {
            return a.items();
        }
        problems.error(v, childPath(name), "expected an array, found " + v.kind());
        return List.of();
    }

    /** An array of non-empty strings, skipping (and reporting) items of other types. */
    List<String> stringArray(String name, boolean required) {
        List<JsonNodeAt> items = array(name, required);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNodeAt item = items.get(i);
            if (item instanceof StringAt s && !s.value().isBlank()) {
                out.add(s.value());
            } else {
                problems.error(item, childPath(name) + "[" + i + "]", "expected a non-empty string, found "
                        + (item instanceof StringAt ? "an empty string" : item.kind()));
            }
        }
        return out;
    }

    /** Position of an array item of a field, for reference errors. */
    JsonNodeAt arrayItem(String name, int index) {
        List<JsonNodeAt> items = array(name, false);
        return index < items.size() ? items.get(index) : object;
    }

    /** Warns about every field not in {@code known}: unknown fields are kept out, not fatal. */
    void warnUnknownFields(Set<String> known) {
        for (Member m : object.members().values()) {
            if (!known.contains(m.name())) {
                problems.warning(m.line(), m.column(), childPath(m.name()), "unknown field, ignored");
            }
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
