package org.sightline.io;

import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line and column where it starts, so validation can point at the exact spot.
 * Built by {@link LocatedJsonParser}; a tiny immutable tree instead of Jackson's JsonNode, which keeps
 * no locations.
 */
public sealed interface JsonNodeAt {
    int line();

    int column();

    /** A name for the kind of value, for messages: "a string", "an object" … */
    String kind();

    record ObjectAt(Map<String, Member> members, int line, int column) implements JsonNodeAt {
        public String kind() {
            return "an object";
        }
    }

    /** A member of an object: the value and the position of its key. */
    record Member(String name, JsonNodeAt value, int line, int column) {
    }

    record ArrayAt(List<JsonNodeAt> items, int line, int column) implements JsonNodeAt {
        public String kind() {
            return "an array";
        }
    }

    record StringAt(String value, int line, int column) implements JsonNodeAt {
        public String kind() {
            return "a string";
        }
    }

    /** A number kept as its text, so integers and decimals are both exact. */
    record NumberAt(String text, boolean integral, int line, int column) implements JsonNodeAt {
        public String kind() {
            return "a number";
        }

        public double doubleValue() {
            return Double.parseDouble(text);
        }
    }

    record BooleanAt(boolean value, int line, int column) implements JsonNodeAt {
        public String kind() {
            return "a boolean";
        }
    }

    record NullAt(int line, int column) implements JsonNodeAt {
        public String kind() {
            return "null";
        }
    }
}
