package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Precision;
import org.sightline.model.TimelineEvent;

class NativeDatasetReaderTest {

    private final NativeDatasetReader reader = new NativeDatasetReader();

    private static LoadResult readFixture(String name) {
        return new NativeDatasetReader().read(Fixtures.path(name));
    }

    /** The single problem whose formatted text contains {@code fragment}. */
    private static Problem problemContaining(LoadResult r, String fragment) {
        List<Problem> hits = r.problems().stream().filter(p -> p.format().contains(fragment)).toList();
        assertEquals(1, hits.size(), () -> "expected one problem with '" + fragment + "' in " + r.problems());
        return hits.get(0);
    }

    private static String valid(String eventsJson) {
        return """
                {"format": "sightline-dataset", "version": 1, "title": "T",
                 "organisations": [{"id": "o", "name": "O"}],
                 "regions": [{"id": "r", "name": "R"}],
                 "events": %s}
                """.formatted(eventsJson);
    }

    @Test
    void validFileLoadsEverythingWithPrecisionKept() {
        LoadResult r = readFixture("valid-minimal.json");
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        Dataset d = r.dataset();
        assertEquals("Minimal fixture", d.title());
        assertEquals(3, d.events().size());
        assertEquals(3, d.organisations().size());
        assertEquals(1, d.eras().size());
        TimelineEvent founded = d.event("founded").orElseThrow();
        assertEquals(Precision.MONTH, founded.start().precision());
        assertEquals("founded", d.events().get(0).id(), "sorted by time");
        TimelineEvent talks = d.event("talks").orElseThrow();
        assertEquals(EventStatus.PROPOSED, talks.status());
        assertEquals("2023-07-14", talks.end().toIso());
        assertEquals(37.09, d.regions().get("osan").orElseThrow().lat());
        assertEquals("https://example.org/a", d.event("korea-activated").orElseThrow().sources().get(0).url());
    }

    @Test
    void impossibleMonthIsReportedWithPathAndLineAndColumn() {
        LoadResult r = readFixture("bad-date.json");
        assertNull(r.dataset());
        Problem p = problemContaining(r, "events[0].start");
        assertEquals(11, p.line());
        assertEquals(16, p.column());
        assertTrue(p.format().endsWith("bad-date.json:11:16: events[0].start: \"2019-13-01\" is not a date: "
                + "month 13 is not between 01 and 12"), p.format());
    }

    @Test
    void everyProblemInAFileIsReportedNotJustTheFirst() {
        LoadResult r = readFixture("many-problems.json");
        assertNull(r.dataset());
        assertEquals(Problem.Severity.WARNING, problemContaining(r, "colour: unknown field").severity());
        Problem dup = problemContaining(r, "duplicate id \"ussf\"");
        assertEquals(8, dup.line());
        assertTrue(dup.format().contains("organisations[1].id"), dup.format());
        assertTrue(problemContaining(r, "organisations[2].parent").message().contains("unknown organisation \"nobody\""));
        assertTrue(problemContaining(r, "regions[0]: \"lat\" and \"lon\"").isError());
        assertTrue(problemContaining(r, "events[0].title").message().equals("expected a string, found a number"));
        assertTrue(problemContaining(r, "events[0].start").message().contains("day 29 does not exist in 2023-02"));
        assertEquals("unknown organisation \"usfk\": expected an id from \"organisations\"",
                problemContaining(r, "events[0].organisations[0]").message());
        assertEquals("unknown region \"mars\": expected an id from \"regions\"",
                problemContaining(r, "events[0].regions[1]").message());
        assertTrue(problemContaining(r, "events[0].status").message()
                .startsWith("\"activated\" is not a status: expected one of established, occurred"));
        assertTrue(problemContaining(r, "events[0].sources[0].url").message().contains("http:// or https://"));
        assertTrue(problemContaining(r, "events[1]: missing required field \"title\"").isError());
        assertTrue(problemContaining(r, "events[1].end").message().contains("is before the start \"2024-05\""));
        assertEquals(Problem.Severity.WARNING, problemContaining(r, "events[1].sources: the event has no source").severity());
    }

    @Test
    void malformedJsonIsRejectedWithItsLocation() {
        LoadResult r = readFixture("malformed.json");
        assertNull(r.dataset());
        Problem p = r.problems().get(0);
        assertEquals(5, p.line());
        assertTrue(p.message().startsWith("malformed JSON:"), p.message());
    }

    @Test
    void emptyFileIsRejected() {
        LoadResult r = readFixture("empty.json");
        assertEquals("the file is empty: expected a JSON object", r.problems().get(0).message());
    }

    @Test
    void nonUtf8BytesAreRejectedWithLineAndColumn() {
        LoadResult r = readFixture("not-utf8.json");
        Problem p = r.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(16, p.column());
        assertTrue(p.message().contains("byte 0xE9") && p.message().contains("is not UTF-8"), p.message());
    }

    @Test
    void fileOverTheSizeLimitIsRejectedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, valid("[]") + " ".repeat(2000));
        LoadResult r = new NativeDatasetReader(new ReadLimits(1000, 64, 1000, 1000)).read(big);
        assertNull(r.dataset());
        assertEquals(String.format(java.util.Locale.ROOT, "the file is %,d bytes, more than the limit of 1,000 bytes",
                Files.size(big)), r.problems().get(0).message());
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "{\"format\":\"sightline-dataset\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        LoadResult r = reader.read(deep.getBytes(StandardCharsets.UTF_8), "deep.json");
        assertNull(r.dataset());
        Problem p = r.problems().get(0);
        assertEquals("the file exceeds a safety limit: arrays and objects nested 65 deep: expected at most 64 levels",
                p.message());
        assertEquals("x" + "[0]".repeat(64), p.path(), "the path to the array that goes too deep");
        assertEquals(1, p.line(), "where the limit was reached");
        assertEquals(deep.indexOf('[') + 64, p.column(), "at the bracket that goes one level too deep");
    }

    @Test
    void overlongStringIsRejected() {
        String json = valid("[]").replace("\"T\"", "\"" + "x".repeat(2000) + "\"");
        LoadResult r = new NativeDatasetReader(new ReadLimits(1 << 20, 64, 1000, 1000))
                .read(json.getBytes(StandardCharsets.UTF_8), "long.json");
        assertNull(r.dataset());
        Problem p = r.problems().get(0);
        assertEquals("the file exceeds a safety limit: a text value of more than 1,000 characters: expected at most 1,000",
                p.message());
        assertEquals("title", p.path(), "the field that holds it");
    }

    @Test
    void newerVersionIsRefusedWithAClearMessage() {
        LoadResult r = readFixture("newer-version.json");
        assertNull(r.dataset());
        assertEquals("version 7 is newer than this Sightline reads (up to 1): update Sightline",
                r.problems().get(0).message());
    }

    @Test
    void wrongFormatFieldIsRefused() {
        LoadResult r = reader.read("{\"format\": \"timeline\", \"version\": 1}".getBytes(StandardCharsets.UTF_8), "f.json");
        assertTrue(r.problems().get(0).message().contains("is not a Sightline dataset"));
    }

    @Test
    void missingTopLevelFieldsAreEachReported() {
        LoadResult r = reader.read("{\"format\": \"sightline-dataset\"}".getBytes(StandardCharsets.UTF_8), "m.json");
        List<String> messages = r.problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("missing required field \"version\" (expected a whole number)"), messages::toString);
        assertTrue(messages.contains("missing required field \"title\" (expected a string)"));
        assertTrue(messages.contains("missing required field \"events\" (expected an array)"));
        assertTrue(messages.contains("missing required field \"organisations\" (expected an array)"));
    }

    @Test
    void wrongTypeForAnArrayIsReported() {
        LoadResult r = reader.read(valid("{}").getBytes(StandardCharsets.UTF_8), "w.json");
        assertEquals("expected an array, found an object", r.problems().get(0).message());
        assertEquals("events", r.problems().get(0).path());
    }

    @Test
    void duplicateEventIdsAreReportedWithTheFirstUse() {
        String e = "{\"id\":\"x\",\"title\":\"X\",\"start\":\"2020\",\"summary\":\"s\",\"organisations\":[\"o\"],"
                + "\"regions\":[],\"status\":\"occurred\",\"sources\":[{\"title\":\"t\"}]}";
        LoadResult r = reader.read(valid("[" + e + ",\n" + e + "]").getBytes(StandardCharsets.UTF_8), "d.json");
        assertNull(r.dataset());
        assertTrue(problemContaining(r, "events[1].id").message().startsWith("duplicate id \"x\" (first used at line 4)"));
    }

    @Test
    void parentCycleIsRejected() {
        String json = """
                {"format": "sightline-dataset", "version": 1, "title": "T",
                 "organisations": [{"id": "a", "name": "A", "parent": "b"}, {"id": "b", "name": "B", "parent": "a"}],
                 "regions": [], "events": []}
                """;
        LoadResult r = reader.read(json.getBytes(StandardCharsets.UTF_8), "c.json");
        assertNull(r.dataset());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().equals(
                "parent \"b\" makes a cycle: an organisation cannot be its own ancestor")), r.problems()::toString);
    }

    @Test
    void unknownFieldsAreWarningsAndTheDatasetStillLoads() {
        String json = valid("[]").replace("\"title\": \"T\"", "\"title\": \"T\", \"theme\": \"dark\"");
        LoadResult r = reader.read(json.getBytes(StandardCharsets.UTF_8), "u.json");
        assertNotNull(r.dataset());
        assertEquals(1, r.warnings().size());
        assertEquals("theme", r.warnings().get(0).path());
    }

    @Test
    void duplicateKeysInOneObjectAreRejected() {
        String json = "{\"format\": \"sightline-dataset\", \"format\": \"x\"}";
        LoadResult r = reader.read(json.getBytes(StandardCharsets.UTF_8), "k.json");
        assertTrue(r.problems().get(0).message().contains("duplicate key \"format\""));
    }

    @Test
    void missingFileIsReportedNotThrown(@TempDir Path dir) {
        LoadResult r = reader.read(dir.resolve("nope.json"));
        assertEquals("no such file", r.problems().get(0).message());
    }

    @Test
    void briefingStepsAreValidatedWithTheirLocations() {
        LoadResult r = readFixture("briefing-problems.json");
        assertNull(r.dataset());
        assertEquals("unknown event \"e9\": expected an id from \"events\"",
                problemContaining(r, "briefings[0].steps[1].event").message());
        assertEquals(16, problemContaining(r, "briefings[0].steps[1].event").line());
        assertTrue(problemContaining(r, "briefings[0].steps[2]: \"from\" and \"to\"").isError());
        assertTrue(problemContaining(r, "briefings[0].steps[3]: a step needs").isError());
        assertEquals("unknown region \"atlantis\": expected an id from \"highlightRegions\"",
                problemContaining(r, "briefings[0].steps[3].highlightRegions[0]").message());
        assertTrue(problemContaining(r, "briefings[0].steps[4]: missing required field \"caption\"").isError());
        assertEquals(5, r.errors().size(), r.problems()::toString);
    }
}
