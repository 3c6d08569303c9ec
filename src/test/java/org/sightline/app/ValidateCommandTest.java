package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sightline.io.Fixtures;

class ValidateCommandTest extends CommandLineHarness {


    @Test
    void validFileExitsZeroAndSaysOk() {
        String file = Fixtures.path("valid-minimal.json").toString();
        assertEquals(0, run("--validate", file));
        assertTrue(out.toString().contains(file + ": OK (3 events, 3 organisations, 3 regions, 1 era, 0 warnings)"),
                out::toString);
    }

    @Test
    void fileWithProblemsExitsOneAndPrintsEachProblemOnItsOwnLine() {
        String file = Fixtures.path("bad-date.json").toString();
        assertEquals(1, run("--validate", Fixtures.path("valid-minimal.json").toString(), file));
        assertTrue(out.toString().contains(file + ":11:16: events[0].start: \"2019-13-01\" is not a date"), out::toString);
        assertTrue(out.toString().contains(file + ": INVALID (1 error, 0 warnings)"), out::toString);
    }

    @Test
    void unknownOptionExitsTwoWithAMessage() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err::toString);
    }

    @Test
    void validateWithoutFilesExitsTwo() {
        assertEquals(2, run("--validate"));
        assertTrue(err.toString().contains("--validate"), err::toString);
    }

    @Test
    void aSummaryCountsOneOfAThingInTheSingular(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path one = dir.resolve("one.json");
        java.nio.file.Files.writeString(one, """
                {"format": "sightline-dataset", "version": 1, "title": "One",
                 "organisations": [{"id": "a", "name": "Alpha"}], "regions": [],
                 "events": [{"id": "e", "title": "E", "start": "2020", "summary": "s", "organisations": ["a"],
                             "regions": [], "status": "occurred",
                             "sources": [{"title": "t", "url": "https://example.org/"}]}]}
                """);
        assertEquals(0, run("--validate", one.toString()));
        assertTrue(out.toString().contains(one + ": OK (1 event, 1 organisation, 0 regions, 0 eras, 0 warnings)"),
                out::toString);
    }

    @Test
    void missingFileExitsTwo() {
        assertEquals(2, run("--validate", "/no/such/file.json"));
        assertTrue(err.toString().contains("no such file: /no/such/file.json"));
    }

    @Test
    void aFolderIsNamedAsAFolderAndExitsTwo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertEquals(2, run("--validate", dir.toString()));
        assertEquals("sightline: --validate: a folder, not a file: " + dir, err.toString().strip());
    }

    @Test
    void helpListsTheOptionsAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--validate=FILE"), out::toString);
        assertTrue(out.toString().contains("--dataset=FILE"));
    }

    @Test
    void noOptionsMeansOpenTheWindow() {
        assertEquals(SightlineCommand.LAUNCH_GUI, run());
    }
}
