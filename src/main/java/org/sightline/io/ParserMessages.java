package org.sightline.io;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors (JSON and CSV) in the reader's words. Jackson writes for programmers: character codes,
 * the names of parser features to enable, and "[Source: REDACTED …; line: 1, column: 7]" for a position. The
 * mistakes of a hand-edited or damaged file (a comma before a closing brace, single quotes, a comment, a
 * missing comma or bracket, a control character, a file cut short) get a plain sentence that says what was
 * expected; anything else keeps Jackson's sentence without the programmers' parts.
 */
final class ParserMessages {

    private static final String VALUE = "a string in double quotes, a number, an object, an array, true, false or null";

    /** A character as Jackson names it: {@code 'x' (code 120)}, or {@code (CTRL-CHAR, code 9)} for a control one. */
    private static final String CHAR_BARE = "(?:'(?<c>.)' \\(code [^)]*\\)|\\(CTRL-CHAR, code (?<ctrl>\\d+)\\))";
    /** The same in the parentheses Jackson puts round it after "Unexpected character". */
    private static final String CHAR = "\\(" + CHAR_BARE + "\\)";
    private static final String KIND = "(?<kind>Object|Array)";
    private static final String AT = "line (?<line>\\d+), column (?<col>\\d+)";

    private record Rule(Pattern pattern, Function<Matcher, String> text) {
        Rule(String regex, Function<Matcher, String> text) {
            this(Pattern.compile(regex), text);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Unexpected end-of-input: expected close marker for " + KIND + " \\(start marker at " + AT + "\\)",
                    m -> "the file ends before the " + kind(m) + " that opens at " + at(m) + " is closed"),
            new Rule("Unexpected close marker '(?<found>.)': expected '(?<wanted>.)' \\(for " + KIND + " starting at "
                    + AT + "\\)",
                    m -> "'" + m.group("found") + "' cannot close the " + kind(m) + " that opens at " + at(m)
                            + ": expected '" + m.group("wanted") + "'"),
            new Rule("Unexpected close marker '(?<found>.)': no open " + KIND + " to close",
                    m -> "'" + m.group("found") + "' closes " + article(kind(m)) + " that was never opened"),
            new Rule("Unexpected end-of-input: was expecting closing quote for a string value",
                    m -> "the file ends inside a string: expected its closing double quote"),
            new Rule("Unexpected end-of-input within/between " + KIND + " entries",
                    m -> "the file ends inside " + article(kind(m))),
            new Rule("Unexpected end-of-input in field name", m -> "the file ends inside a field name"),
            new Rule("Unexpected end-of-input in character escape sequence",
                    m -> "the file ends inside an escape (a backslash and what follows it) in a string"),
            new Rule("Unexpected end-of-input.*", m -> "the file ends too early"),
            new Rule("Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment\\?.*",
                    m -> "found '/': JSON allows no comments"),
            new Rule("Unexpected character " + CHAR + ": was expecting double-quote to start field name",
                    m -> "found " + shown(m) + " where a field name in double quotes was expected"
                            + ("}".equals(m.group("c")) ? " (a comma before '}' is not allowed)" : "")),
            new Rule("Unexpected character " + CHAR + ": was expecting comma to separate " + KIND + " entries",
                    m -> "found " + shown(m) + " where a comma between the " + kind(m) + "'s entries was expected"),
            new Rule("Unexpected character " + CHAR + ": was expecting a colon to separate field name and value",
                    m -> "found " + shown(m) + " where a colon between a field name and its value was expected"),
            new Rule("Unexpected character " + CHAR + ": expected a (?:valid )?value.*",
                    m -> "found " + shown(m) + " where a value was expected: " + VALUE
                            + ("]".equals(m.group("c")) ? " (a comma before ']' is not allowed)" : "")),
            new Rule("Unexpected character " + CHAR + ": expected a hex-digit for character escape sequence",
                    m -> "found " + shown(m) + " in a \\u escape: expected four hexadecimal digits"),
            new Rule("Unexpected character " + CHAR + ": Expected column separator character .*",
                    m -> "found " + shown(m) + " after a quoted value: expected a comma or the end of the line"
                            + " (a double quote inside a quoted value is written twice)"),
            new Rule("Unexpected character " + CHAR + " in numeric value: (?<rest>.*)",
                    m -> "found " + shown(m) + " in a number: " + numberRule(m.group("rest"))),
            new Rule("Illegal character " + CHAR + ": only regular white space .*",
                    m -> "found " + shown(m) + " between values: only spaces, tabs and line breaks may stand there"),
            new Rule("Illegal unquoted character " + CHAR + ".*",
                    m -> shown(m) + " inside a string: write it as an escape such as \\n or \\t"),
            new Rule("Unrecognized character escape " + CHAR_BARE,
                    m -> "found " + shown(m) + " after a backslash: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t"
                            + " \\uXXXX"),
            new Rule("Unrecognized token '(?<word>.*)': was expecting.*",
                    m -> "'" + m.group("word") + "' is not a JSON value: expected " + VALUE),
            new Rule("Non-standard token '(?<word>.*)': enable.*",
                    m -> "'" + m.group("word") + "' is not a JSON value: expected " + VALUE),
            new Rule("Invalid numeric value: Leading zeroes not allowed",
                    m -> "a number cannot start with 0 followed by more digits"),
            new Rule("Missing closing quote for value",
                    m -> "a quoted value is never closed: expected its closing double quote"));

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
        return lowerFirst(withoutFeatures(m).replaceAll(" \\(code [^)]*\\)", ""));
    }

    /** "[Source: …; line: 3, column: 7]" as "line 3, column 7". */
    private static String positions(String m) {
        return m.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    /** Without the names of parser settings that Jackson suggests enabling. */
    private static String withoutFeatures(String m) {
        return m.replaceAll(" \\((?:consider )?enabling `[^`]*`[^)]*\\)", "")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
                .replaceAll(" \\(`[^`]*` disabled\\)", "")
                .trim();
    }

    /** What a number lacks, after the character that broke it. */
    private static String numberRule(String jackson) {
        String rest = withoutFeatures(jackson);
        if (rest.startsWith("expected digit (0-9) to follow minus sign")) {
            return "expected a digit after the minus sign";
        }
        if (rest.startsWith("Decimal point not followed by a digit")) {
            return "expected a digit after the decimal point";
        }
        if (rest.startsWith("Exponent indicator not followed by a digit")) {
            return "expected a digit after the 'e' of an exponent";
        }
        if (rest.startsWith("JSON spec does not allow numbers to have plus signs")) {
            return "JSON numbers take no '+' sign";
        }
        return lowerFirst(rest);
    }

    private static String kind(Matcher m) {
        return m.group("kind").toLowerCase(Locale.ROOT);
    }

    private static String at(Matcher m) {
        return "line " + m.group("line") + ", column " + m.group("col");
    }

    private static String article(String noun) {
        return (noun.startsWith("a") || noun.startsWith("o") ? "an " : "a ") + noun;
    }

    /** The character a rule found, as a reader would name it. */
    private static String shown(Matcher m) {
        String ctrl = m.group("ctrl");
        if (ctrl != null) {
            String name = switch (ctrl) {
                case "9" -> ", a tab";
                case "10" -> ", a line break";
                case "13" -> ", a carriage return";
                case "0" -> ", a zero byte";
                default -> "";
            };
            return "a control character (number " + ctrl + name + ")";
        }
        String c = m.group("c");
        return c.equals("'") ? "a single quote (JSON strings take double quotes)" : "'" + c + "'";
    }

    /** A sentence of Jackson's as the rest of ours: lower case first, unless it starts with an acronym ("JSON"). */
    private static String lowerFirst(String m) {
        if (m.length() > 1 && Character.isUpperCase(m.charAt(1))) {
            return m;
        }
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
