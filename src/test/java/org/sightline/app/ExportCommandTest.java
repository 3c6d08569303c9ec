package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.io.Fixtures;

/** Argument checking of {@code --export}: every case here is decided before JavaFX starts. */
class ExportCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    private String png() {
        return dir.resolve("out.png").toString();
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file may be left behind");
        }
    }

    @Test
    void aBadDateExitsTwoAndSaysWhatWasExpected() throws IOException {
        assertEquals(2, run("--export", png(), "--from", "2019-13"));
        assertTrue(err.toString().contains("--from: \"2019-13\" is not a date: month 13 is not between 01 and 12"),
                err::toString);
        assertEquals(2, run("--export", png(), "--to", "Jan 2025"));
        assertTrue(err.toString().contains("--to: \"Jan 2025\" is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD"),
                err::toString);
        assertNothingWritten();
    }

    @Test
    void fromAfterToExitsTwo() {
        assertEquals(2, run("--export", png(), "--from", "2025-02", "--to", "2025-01"));
        assertTrue(err.toString().contains("--from 2025-02 is after --to 2025-01"), err::toString);
    }

    @Test
    void sameMonthForFromAndToIsAValidRange() {
        assertEquals(2, run("--export", png(), "--from", "2025-01", "--to", "2025-01", "--theme", "sepia"));
        assertTrue(err.toString().contains("--theme: \"sepia\" is not one of light, dark, print"), err::toString);
        assertFalse(err.toString().contains("after --to"), err::toString);
    }

    @Test
    void fromAndToTakeATimeToTheMinuteForDataTimedToTheMinute() {
        assertEquals(2, run("--export", png(), "--from", "2020-05-06T10:00Z", "--to", "2020-05-06T10:30Z",
                "--theme", "sepia"));
        assertTrue(err.toString().contains("--theme: \"sepia\""), err::toString);
        assertFalse(err.toString().contains("--from") || err.toString().contains("--to"), err::toString);
    }

    @Test
    void anUnknownOrganisationIdExitsTwoAndListsTheKnownIds() throws IOException {
        assertEquals(2, run("--export", png(), "--dataset", Fixtures.path("valid-minimal.json").toString(),
                "--filter-org", "ussf", "nasa"));
        assertTrue(err.toString().contains("--filter-org: unknown organisation id \"nasa\"; the dataset's organisation "
                + "ids are: ussf, spacefor-korea, jp-mod"), err::toString);
        assertNothingWritten();
    }

    @Test
    void aLaneToCollapseThatTheGroupingDoesNotHaveExitsTwoAndSaysWhichLanesThereAre() throws IOException {
        String minimal = Fixtures.path("valid-minimal.json").toString();
        assertEquals(2, run("--export", png(), "--dataset", minimal, "--collapse", "korea"));
        assertTrue(err.toString().contains("--collapse: unknown organisation id \"korea\"; the dataset's organisation ids are: "),
                err.toString());
        assertEquals(2, run("--export", png(), "--dataset", minimal, "--collapse", "spacefor-korea"));
        assertTrue(err.toString().contains("--collapse: \"spacefor-korea\" is not a lane with --group-by organisation,"
                + " whose lanes are the top-level organisations (ussf, jp-mod); --group-by organisation-tree has a lane"
                + " for it"), err.toString());
        assertEquals(2, run("--export", png(), "--dataset", minimal, "--group-by", "status", "--collapse", "ussf"));
        assertTrue(err.toString().contains("--collapse: \"ussf\" is not a status; with --group-by status the lanes are "),
                err.toString());
        assertEquals(2, run("--export", png(), "--dataset", minimal, "--group-by", "none", "--collapse", "ussf"));
        assertTrue(err.toString().contains("with --group-by none there is one lane and nothing to fold"), err.toString());
        assertNothingWritten();
    }

    @Test
    void aFirstLaneTheExportDoesNotHaveExitsTwoAndSaysWhichLanesThereAre() throws IOException {
        String minimal = Fixtures.path("valid-minimal.json").toString();
        assertEquals(2, run("--export", png(), "--dataset", minimal, "--first-lane", "spacefor-korea"));
        assertTrue(err.toString().contains("--first-lane: \"spacefor-korea\" is not a lane of this export; with"
                + " --group-by organisation its lanes are ussf"), err.toString()); // jp-mod has no events
        assertEquals(2, run("--export", png(), "--dataset", minimal, "--group-by", "none", "--first-lane", "ussf"));
        assertTrue(err.toString().contains("--first-lane: \"ussf\" is not a lane of this export; with --group-by none"
                + " its lanes are ~all"), err.toString());
        assertEquals(2, run("--export-briefing", dir.resolve("slides").toString(), "--dataset", minimal,
                "--first-lane", "ussf"));
        assertTrue(err.toString().contains("--first-lane does not apply to --export-briefing"), err.toString());
        assertNothingWritten();
    }

    @Test
    void anUnknownRegionIdExitsTwo() {
        assertEquals(2, run("--export", png(), "--filter-region", "atlantis"));
        assertTrue(err.toString().contains("--filter-region: unknown region id \"atlantis\""), err::toString);
    }

    @Test
    void sizesOutOfRangeExitTwo() {
        assertEquals(2, run("--export", png(), "--width", "9000", "--height", "1080", "--scale", "2"));
        assertTrue(err.toString().contains("the image would be 18000×2160 pixels; each side must be between 1 and 16384"),
                err::toString);
        assertEquals(2, run("--export", png(), "--width", "100"));
        assertTrue(err.toString().contains("each must be at least 320"), err::toString);
        assertEquals(2, run("--export", png(), "--width", "0"));
        assertTrue(err.toString().contains("--width/--height 0×1080: each must be at least 320"), err::toString);
    }

    @Test
    void aScaleOfZeroIsNamedAsTheProblem() {
        assertEquals(2, run("--export", png(), "--scale", "0"));
        assertTrue(err.toString().contains("--scale: expected a number above 0, got 0.0"), err::toString);
        assertFalse(err.toString().contains("--width"), "the width was not the problem: " + err);
    }

    @Test
    void anEmptyOutputNameExitsTwo() {
        assertEquals(2, run("--export", ""));
        assertTrue(err.toString().contains("--export: expected the PNG file to write, got an empty name"), err::toString);
        assertEquals(2, run("--export-briefing", " "));
        assertTrue(err.toString().contains("--export-briefing: expected the folder to write the slides to"),
                err::toString);
    }

    @Test
    void unknownGroupingAndUnknownOptionExitTwo() {
        assertEquals(2, run("--export", png(), "--group-by", "colour"));
        assertTrue(err.toString().contains("--group-by: \"colour\" is not one of organisation, organisation-tree, region, "
                + "status, none"), err::toString);
        assertEquals(2, run("--export", png(), "--dpi", "300"));
        assertTrue(err.toString().contains("Unknown options: '--dpi', '300'"), err::toString);
    }

    @Test
    void exportOptionsWithoutExportExitTwo() {
        assertEquals(2, run("--width", "1000"));
        assertTrue(err.toString().contains("--width only applies to --export OUT.png"), err::toString);
    }

    @Test
    void anUnwritableFolderExitsOneAndLeavesNothing() throws IOException {
        Path target = dir.resolve("missing").resolve("out.png");
        assertEquals(1, run("--export", target.toString()));
        assertTrue(err.toString().contains("cannot write " + target + ": the folder " + dir.resolve("missing")
                + " does not exist"), err::toString);
        assertNothingWritten();
    }

    @Test
    void aFolderAsTargetExitsOne() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        assertEquals(1, run("--export", folder.toString()));
        assertTrue(err.toString().contains("cannot write " + folder + ": it is a folder"), err::toString);
    }

    @Test
    void aMissingDatasetExitsTwo() {
        assertEquals(2, run("--export", png(), "--dataset", dir.resolve("nope.json").toString()));
        assertTrue(err.toString().contains("--dataset: no such file: "), err::toString);
    }

    @Test
    void helpListsTheExportOptions() {
        assertEquals(0, run("--help"));
        for (String option : new String[] {"--export=OUT.png", "--from=DATE", "--scale=X", "--group-by=LANES",
            "--theme=THEME", "--filter-org=ID", "--no-legend", "--panels"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
