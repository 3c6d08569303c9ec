package org.sightline.io;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors (JSON and CSV) in the reader's words. Jackson writes for programmers: character codes, the names of
 * parser features to enable, and "[Source: REDACTED …; line: 1, column: 7]" for a position. The common
 * mistakes in a hand-edited file (a comma before a closing brace, single quotes, a comment, a missing comma
 * or bracket, a file cut short) get a plain sentence that says what was expected; anything else keeps
 * Jackson's sentence without the programmers' parts.
 */
final class ParserMessages {

    private static final String VALUE = "a string in double quotes, a number, an object, an array, true, false or null";

    private record Rule(Pattern pattern, Function<Matcher, String> text) {
        Rule(String regex, Function<Matcher, String> text) {
            this(Pattern.compile(regex), text);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at line (\\d+), column (\\d+)\\)",
                    m -> "the file ends before the " + noun(m.group(1)) + " that opens at line " + m.group(2)
                            + ", column " + m.group(3) + " is closed"),
            new Rule("Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at line (\\d+), column (\\d+)\\)",
                    m -> "'" + m.group(1) + "' cannot close the " + noun(m.group(3)) + " that opens at line " + m.group(4)
                            + ", column " + m.group(5) + ": expected '" + m.group(2) + "'"),
            new Rule("Unexpected close marker '(.)': no open (Object|Array) to close",
                    m -> "'" + m.group(1) + "' closes " + article(noun(m.group(2))) + " that was never opened"),
            new Rule("Unexpected end-of-input: was expecting closing quote for a string value",
                    m -> "the file ends inside a string: expected its closing double quote"),
            new Rule("Unexpected end-of-input within/between (Object|Array) entries",
                    m -> "the file ends inside " + article(noun(m.group(1)))),
            new Rule("Unexpected end-of-input.*", m -> "the file ends too early"),
            new Rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to start field name",
                    m -> "found " + shown(m.group(1)) + " where a field name in double quotes was expected"
                            + (m.group(1).equals("}") ? " (a comma before '}' is not allowed)" : "")),
            new Rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting comma to separate (Object|Array) entries",
                    m -> "found " + shown(m.group(1)) + " where a comma between the " + noun(m.group(2))
                            + "'s entries was expected"),
            new Rule("Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment\\?.*",
                    m -> "found '/': JSON allows no comments"),
            new Rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a valid value.*",
                    m -> "found " + shown(m.group(1)) + " where a value was expected: " + VALUE),
            new Rule("Unrecognized token '(.*)': was expecting.*",
                    m -> "'" + m.group(1) + "' is not a JSON value: expected " + VALUE),
            new Rule("Non-standard token '(.*)': enable.*",
                    m -> "'" + m.group(1) + "' is not a JSON value: expected " + VALUE),
            new Rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "a control character (number " + m.group(1) + (m.group(1).equals("10") ? ", a line break" : "")
                            + ") inside a string: write it as an escape such as \\n"),
            new Rule("Unrecognized character escape '(.)' \\(code \\d+\\)",
                    m -> "'\\" + m.group(1) + "' is not an escape JSON knows: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
            new Rule("Invalid numeric value: Leading zeroes not allowed",
                    m -> "a number cannot start with 0 followed by more digits"),
            new Rule("Missing closing quote for value",
                    m -> "a quoted value is never closed: expected its closing double quote"),
            new Rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): Expected column separator character .*",
                    m -> "found " + shown(m.group(1)) + " after a quoted value: expected a comma or the end of the line"
                            + " (a double quote inside a quoted value is written twice)"),
            new Rule("Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value: (.*)",
                    m -> "found " + shown(m.group(1)) + " in a number: " + lowerFirst(withoutFeatures(m.group(2)))));

    private ParserMessages() {
    }

    /** Jackson's message (its first line, position and all) in the reader's words. */
    static String plain(String jacksonMessage) {
        String m = positions(LocatedJsonParser.firstLine(jacksonMessage));
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(m);
            if (matcher.matches()) {
                return rule.text().apply(matcher);
            }
        }
        return lowerFirst(withoutFeatures(m).replaceAll(" \\(code \\d+\\)", ""));
    }

    /** "[Source: …; line: 3, column: 7]" as "line 3, column 7". */
    private static String positions(String m) {
        return m.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    /** Without the names of parser settings that Jackson suggests enabling. */
    private static String withoutFeatures(String m) {
        return m.replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
                .replaceAll(" \\(`[^`]*` disabled\\)", "")
                .trim();
    }

    private static String noun(String jackson) {
        return jackson.toLowerCase(Locale.ROOT);
    }

    private static String article(String noun) {
        return (noun.startsWith("a") || noun.startsWith("o") ? "an " : "a ") + noun;
    }

    private static String shown(String character) {
        return character.equals("'") ? "a single quote (JSON strings take double quotes)" : "'" + character + "'";
    }

    /** A sentence of Jackson's as the rest of ours: lower case first, unless it starts with an acronym ("JSON"). */
    private static String lowerFirst(String m) {
        if (m.length() > 1 && Character.isUpperCase(m.charAt(1))) {
            return m;
        }
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
