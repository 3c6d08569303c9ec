package org.sightline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.io.JsonNodeAt.ArrayAt;
import org.sightline.io.JsonNodeAt.BooleanAt;
import org.sightline.io.JsonNodeAt.Member;
import org.sightline.io.JsonNodeAt.NullAt;
import org.sightline.io.JsonNodeAt.NumberAt;
import org.sightline.io.JsonNodeAt.ObjectAt;
import org.sightline.io.JsonNodeAt.StringAt;

/**
 * Parses untrusted JSON into a {@link JsonNodeAt} tree with positions, using Jackson's streaming parser
 * under hard limits (size, depth, string length). No data binding, so no polymorphic types.
 */
public final class LocatedJsonParser {

    private final ReadLimits limits;
    private final JsonFactory factory;

    public LocatedJsonParser(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
    }

    /**
     * Reads one JSON document from raw bytes.
     *
     * @param file the name used in messages
     * @throws ProblemException for an empty, oversized, non-UTF-8 or malformed file
     */
    public JsonNodeAt parse(byte[] bytes, String file) throws ProblemException {
        if (bytes.length > limits.maxBytes()) {
            throw new ProblemException(Problem.error(file, 0, 0, "", limits.tooLarge(bytes.length)));
        }
        String text = TextDecoding.utf8(bytes, file);
        if (text.isBlank()) {
            throw new ProblemException(Problem.error(file, 1, 1, "", "the file is empty: expected a JSON object"));
        }
        JsonParser parser;
        try {
            parser = factory.createParser(text);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(file, 0, 0, "", "could not be read: " + FileErrors.reason(e)));
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            JsonNodeAt root = read(parser, first, file, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ProblemException(Problem.error(file, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the end of the JSON document"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
            throw new ProblemException(Problem.error(file, at.getLineNr(), at.getColumnNr(),
                    pathOf(parser.getParsingContext()), "the file exceeds a safety limit: " + limitMessage(e)));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ProblemException(Problem.error(file, line, column, "",
                    "malformed JSON: " + ParserMessages.plain(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ProblemException(Problem.error(file, 0, 0, "", "could not be read: " + FileErrors.reason(e)));
        }
    }

    private JsonNodeAt read(JsonParser p, JsonToken token, String file, int depth)
            throws IOException, ProblemException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (token == null) {
            throw new ProblemException(Problem.error(file, line, column, "", "malformed JSON: unexpected end of file"));
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Member> members = new LinkedHashMap<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    String name = p.currentName();
                    JsonNodeAt value = read(p, p.nextToken(), file, depth + 1);
                    if (members.containsKey(name)) {
                        throw new ProblemException(Problem.error(file, keyAt.getLineNr(), keyAt.getColumnNr(), "",
                                "duplicate key \"" + name + "\" in the same object"));
                    }
                    members.put(name, new Member(name, value, keyAt.getLineNr(), keyAt.getColumnNr()));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new ProblemException(Problem.error(file, line, column, "", "malformed JSON: unclosed object"));
                }
                return new ObjectAt(members, line, column);
            }
            case START_ARRAY -> {
                List<JsonNodeAt> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new ProblemException(Problem.error(file, line, column, "", "malformed JSON: unclosed array"));
                    }
                    if (items.size() >= limits.maxItems()) {
                        throw new ProblemException(Problem.error(file, line, column, "",
                                "the array has more than " + limits.maxItems() + " items, the limit"));
                    }
                    items.add(read(p, t, file, depth + 1));
                }
                return new ArrayAt(items, line, column);
            }
            case VALUE_STRING -> {
                return new StringAt(p.getText(), line, column);
            }
            case VALUE_NUMBER_INT -> {
                return new NumberAt(p.getText(), true, line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new NumberAt(p.getText(), false, line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new BooleanAt(token == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                return new NullAt(line, column);
            }
            default -> throw new ProblemException(Problem.error(file, line, column, "",
                    "malformed JSON: unexpected " + token));
        }
    }

    private static final Pattern STRING_LIMIT =
            Pattern.compile("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\).*");
    private static final Pattern DEPTH_LIMIT =
            Pattern.compile("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\).*");

    /**
     * A parser limit in the reader's words: "a text value of more than 1,000,000 characters: expected at most
     * 1,000,000", "arrays and objects nested 65 deep: expected at most 64 levels"; other limits as Jackson says
     * them, without the name of the library setting that it appends. (Jackson counts a long string only up to
     * where it stopped reading it, so its length is not repeated.)
     */
    static String limitMessage(StreamConstraintsException e) {
        String m = firstLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`", "");
        Matcher string = STRING_LIMIT.matcher(m);
        if (string.matches()) {
            long max = Long.parseLong(string.group(2));
            return String.format(Locale.ROOT, "a text value of more than %,d characters: expected at most %,d",
                    max, max);
        }
        Matcher depth = DEPTH_LIMIT.matcher(m);
        if (depth.matches()) {
            return "arrays and objects nested " + depth.group(1) + " deep: expected at most " + depth.group(2)
                    + " levels";
        }
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /** Where the parser is, as the reader names places: "events[0].title" ("" at the top). */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
