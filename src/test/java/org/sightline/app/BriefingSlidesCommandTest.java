package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument and folder checks of {@code --export-briefing}: every case here is decided before JavaFX starts. */
class BriefingSlidesCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    private String slides() {
        return dir.resolve("slides").toString();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anUnknownBriefingIdExitsTwoAndListsTheKnownOnes() throws IOException {
        assertEquals(2, run("--export-briefing", slides(), "--briefing", "no-such-story"));
        assertTrue(err.toString().contains("--briefing: no briefing \"no-such-story\" in the dataset; its briefings are: "
                + "indo-pacific-2019-2024 (The U.S. Space Force in the Indo-Pacific, 2019–2024), automatic (every event"
                + " in time order)"), err::toString);
        assertEquals(List.of(), files(), "nothing is created for bad arguments");
    }

    @Test
    void optionsThatSlidesDoNotUseExitTwo() {
        assertEquals(2, run("--export-briefing", slides(), "--from", "2020"));
        assertTrue(err.toString().contains("--from does not apply to --export-briefing"), err::toString);
        assertEquals(2, run("--export-briefing", slides(), "--filter-org", "ussf"));
        assertTrue(err.toString().contains("--filter-org does not apply to --export-briefing"), err::toString);
        assertEquals(2, run("--export-briefing", slides(), "--export", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("use either --export or --export-briefing, not both"), err::toString);
        assertEquals(2, run("--export-briefing", slides(), "--theme", "sepia"));
        assertTrue(err.toString().contains("--theme: \"sepia\" is not one of light, dark, print"), err::toString);
        assertEquals(2, run("--export-briefing", slides(), "--width", "100"));
        assertTrue(err.toString().contains("each must be at least 320"), err::toString);
    }

    @Test
    void briefingAndSizeOptionsWithoutAnExportExitTwo() {
        assertEquals(2, run("--briefing", "automatic"));
        assertTrue(err.toString().contains("--briefing only applies to --export-briefing DIR"), err::toString);
        assertEquals(2, run("--export", dir.resolve("x.png").toString(), "--briefing", "automatic"));
        assertTrue(err.toString().contains("--briefing only applies to --export-briefing DIR"), err::toString);
        assertEquals(2, run("--theme", "dark"));
        assertTrue(err.toString().contains("--theme only applies to --export OUT.png or --export-briefing DIR"),
                err::toString);
    }

    @Test
    void aFolderThatCannotBeCreatedExitsOneAndWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertEquals(1, run("--export-briefing", file.resolve("slides").toString()));
        assertTrue(err.toString().contains("a-file"), err::toString);
        assertTrue(err.toString().startsWith("sightline: cannot write "), err::toString);
        assertEquals(List.of("a-file"), files());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void aFolderWhereSlidesCannotBeWrittenExitsOneAndLeavesNoPartialFiles() throws IOException {
        Path slides = Files.createDirectories(dir.resolve("slides"));
        Files.createDirectory(slides.resolve("step-01.png"));
        assertEquals(1, run("--export-briefing", slides.toString()));
        assertTrue(err.toString().contains("step-01.png: it is a folder"), err::toString);
        assertEquals(List.of("slides", "slides/step-01.png"), files());
    }
}
