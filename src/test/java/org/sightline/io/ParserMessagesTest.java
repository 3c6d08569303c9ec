package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParserMessagesTest {

    private static Problem problemOf(String json) {
        ProblemException e = assertThrows(ProblemException.class, () -> new LocatedJsonParser(ReadLimits.DEFAULT)
                .parse(json.getBytes(StandardCharsets.UTF_8), "hand-edited.json"));
        return e.problem();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\": 1,}        | found '}' where a field name in double quotes was expected (a comma before '}' is not allowed)",
        "{'a': 1}           | found a single quote (JSON strings take double quotes) where a field name in double quotes was expected",
        "{\"a\": 1 \"b\": 2} | found '\"' where a comma between the object's entries was expected",
        "{\"a\": 1} // note | found '/': JSON allows no comments",
        "{\"a\": abc}       | 'abc' is not a JSON value: expected a string in double quotes, a number, an object, an array, true, false or null",
        "{\"a\": NaN}       | 'NaN' is not a JSON value: expected a string in double quotes, a number, an object, an array, true, false or null",
        "{\"a\": [1, 2}     | '}' cannot close the array that opens at line 1, column 7: expected ']'",
        "{\"a\": 1}}        | '}' closes an object that was never opened",
        "{\"a\": [1, 2    | the file ends before the array that opens at line 1, column 7 is closed",
        "{\"a\": \"xyz      | the file ends inside a string: expected its closing double quote",
        "{\"a\": 01}        | a number cannot start with 0 followed by more digits",
        "{\"a\": +1}        | found '+' in a number: JSON numbers take no '+' sign",
        "{\"a\": \"\\q\"}   | found 'q' after a backslash: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
    })
    void aHandEditingMistakeIsNamedInPlainWords(String json, String expected) {
        Problem p = problemOf(json.strip());
        assertEquals("malformed JSON: " + expected.strip(), p.message());
        assertEquals("hand-edited.json", p.file());
        assertEquals(1, p.line(), "the line of the mistake");
    }

    @Test
    void aFileCutShortNamesWhereTheUnclosedObjectOpens() {
        Problem p = problemOf("{\n  \"events\": [\n    {\"id\": \"a\"}\n");
        assertEquals("malformed JSON: the file ends before the array that opens at line 2, column 13 is closed",
                p.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\":\t\u0001}       | found a control character (number 1) between values: only spaces, tabs and line breaks may stand there",
        "{\"a\": \"x\u0009y\"}  | a control character (number 9, a tab) inside a string: write it as an escape such as \\n or \\t",
        "{\"a\" 1}              | found '1' where a colon between a field name and its value was expected",
        "{\"a\": -x}            | found 'x' in a number: expected a digit after the minus sign",
        "{\"a\": [1, 2, ]}      | found ']' where a value was expected: a string in double quotes, a number, an object, an array, true, false or null (a comma before ']' is not allowed)",
        "{\"events\": [], \"tit | the file ends inside a field name",
        "{\"a\": \"\\u12\"}   | found '\"' in a \\u escape: expected four hexadecimal digits",
    })
    void aDamagedFilesCharactersAreNamedInPlainWords(String json, String expected) {
        assertEquals("malformed JSON: " + expected.strip(), problemOf(json.strip()).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1,}", "{'a': 1}", "{\"a\": [1, 2}", "[1, 2", "{\"a\": NaN}", "{\"a\": +1}",
        "// c\n{}", "{\"a\": \"x\ny\"}", "{\"a\": .5}", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": \"\\u12\"}", "{\"a\"",
        "{\"a\": tru}"})
    void noMessageShowsTheParsersInsides(String json) {
        String m = problemOf(json).message();
        for (String inside : new String[] {"Source:", "REDACTED", "Feature", "`", "(code", "CTRL-CHAR"}) {
            assertFalse(m.contains(inside), "\"" + inside + "\" in: " + m);
        }
    }

    private static Problem csvProblemOf(String csv) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> CsvTable.parse(csv, "sheet.csv", ReadLimits.DEFAULT));
        return e.problem();
    }

    @Test
    void aQuotedValueNeverClosedIsNamedInPlainWords() {
        Problem p = csvProblemOf("Year,Headline\n2020,\"never closed\n");
        assertEquals("malformed CSV: a quoted value is never closed: expected its closing double quote", p.message());
        assertEquals("sheet.csv", p.file());
    }

    @Test
    void aQuoteInsideAQuotedValueIsNamedInPlainWords() {
        Problem p = csvProblemOf("Year,Headline\n2020,\"a\"b\n");
        assertEquals("malformed CSV: found 'b' after a quoted value: expected a comma or the end of the line"
                + " (a double quote inside a quoted value is written twice)", p.message());
        assertEquals(2, p.line());
    }
}
