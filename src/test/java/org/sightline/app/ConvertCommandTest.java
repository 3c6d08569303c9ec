package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.io.DatasetFiles;
import org.sightline.io.DatasetFormat;
import org.sightline.io.Fixtures;
import org.sightline.io.LoadResult;

class ConvertCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;


    private static String fixture(String name) {
        return Fixtures.path("import/" + name).toString();
    }

    @Test
    void convertsTimelineJsToNativeJsonAndPrintsTheSummary() {
        Path target = dir.resolve("out.json");
        assertEquals(0, run("--convert", fixture("timelinejs.json"), target.toString()));
        assertTrue(out.toString().contains("-> " + target + " (native-json): 6 events, 1 era, 4 lanes, "
                + "3 organisations, 0 regions, 8 warnings"), out::toString);
        LoadResult back = DatasetFiles.read(target);
        assertEquals(DatasetFormat.NATIVE_JSON, back.format());
        assertNotNull(back.dataset(), back.problems()::toString);
        assertTrue(err.toString().contains("warning: events[0].background: not used by Sightline"), err::toString);
    }

    @Test
    void convertsEachImportFormatAndPicksCsvFromTheExtension() {
        for (String name : new String[] {"timelinejs.csv", "vis.json", "vis-array.json"}) {
            Path target = dir.resolve(name + ".csv");
            assertEquals(0, run("--convert", fixture(name), target.toString()), err::toString);
            assertEquals(DatasetFormat.NATIVE_CSV, DatasetFiles.read(target).format(), name);
        }
        assertTrue(out.toString().contains("(native-csv): 6 events, 1 era, 2 lanes, 4 organisations"), out::toString);
    }

    @Test
    void toOverridesTheExtension() {
        Path target = dir.resolve("data.txt");
        assertEquals(0, run("--convert", fixture("vis.json"), target.toString(), "--to", "native-csv"));
        assertEquals(DatasetFormat.NATIVE_CSV, DatasetFiles.read(target).format());
    }

    @Test
    void aTargetThatIsAFolderIsRefusedInWordsAndLeftAlone() throws Exception {
        Path target = Files.createDirectory(dir.resolve("out.json"));
        assertEquals(1, run("--convert", fixture("vis.json"), target.toString()));
        String lastLine = err.toString().strip().lines().reduce((a, b) -> b).orElse("");
        assertEquals("sightline: cannot write " + target + ": it is a folder", lastLine);
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void aFileWithErrorsIsNotConvertedUnlessLenient() {
        Path target = dir.resolve("out.json");
        assertEquals(1, run("--convert", fixture("vis-errors.json"), target.toString()));
        assertTrue(Files.notExists(target));
        assertTrue(err.toString().contains("vis-errors.json:9:5: items[2]: a range item needs an \"end\""), err::toString);
        assertTrue(err.toString().contains("not converted (8 errors); --lenient would import the valid rows"),
                err::toString);
        assertEquals(0, run("--convert", fixture("vis-errors.json"), target.toString(), "--lenient"));
        assertTrue(out.toString().contains(": 1 event, 0 eras, 1 lane, 2 organisations, 0 regions, 8 warnings"),
                out::toString);
        assertTrue(err.toString().contains("warning: items[2]: skipped items[2]: a range item needs an \"end\""),
                err::toString);
    }

    @Test
    void aDatasetWithBriefingsGoesToCsvOnlyWithDropBriefings() {
        String curated = Path.of("assets/data/space-force-indo-pacific.json").toString();
        Path csv = dir.resolve("curated.csv");
        assertEquals(2, run("--convert", curated, csv.toString()));
        assertTrue(Files.notExists(csv), "nothing written");
        assertTrue(err.toString().contains("space-force-indo-pacific.json has 1 briefing (12 steps), which native CSV"
                + " cannot hold: write OUT as .json to keep it, or add --drop-briefings"), err::toString);

        assertEquals(0, run("--convert", curated, csv.toString(), "--drop-briefings"));
        assertTrue(out.toString().contains("(native-csv): 25 events, 1 era, 6 lanes, 34 organisations, 31 regions,"
                + " 0 warnings; 1 briefing left out (native CSV has no briefings)"), out::toString);
        LoadResult back = DatasetFiles.read(csv);
        assertEquals(25, back.dataset().events().size());
        assertTrue(back.dataset().briefings().isEmpty());

        Path json = dir.resolve("curated.json");
        assertEquals(0, run("--convert", curated, json.toString()));
        assertEquals(1, DatasetFiles.read(json).dataset().briefings().size(), "JSON keeps the briefing");
        assertEquals(2, run("--validate", curated, "--drop-briefings"));
        assertTrue(err.toString().contains("--drop-briefings only applies to --convert"), err::toString);
    }

    @Test
    void badArgumentsExitTwo() {
        String target = dir.resolve("x.json").toString();
        assertEquals(2, run("--convert", "/no/such.json", target));
        assertTrue(err.toString().contains("no such file: /no/such.json"), err::toString);
        assertEquals(2, run("--convert", fixture("vis.json"), target, "--to", "timelinejs-json"));
        assertEquals(2, run("--convert", fixture("vis.json"), target, "--format", "excel"));
        assertTrue(err.toString().contains("\"excel\" is not a format: expected one of native-json"), err::toString);
        assertEquals(2, run("--convert", fixture("vis.json")));
        assertEquals(2, run("--convert", fixture("vis.json"), fixture("vis.json")));
        assertEquals(2, run("--convert", fixture("vis.json"), dir.resolve("nope/x.json").toString()));
    }

    @Test
    void validateReadsEveryFormatAndHonoursFormatAndLenient() {
        assertEquals(0, run("--validate", fixture("timelinejs.json"), fixture("timelinejs.csv"), fixture("vis.json")));
        assertTrue(out.toString().contains("timelinejs.csv: OK (5 events, 2 organisations, 0 regions, 1 era, 3 warnings)"
                + ", read as TimelineJS spreadsheet (CSV)"), out::toString);
        assertEquals(1, run("--validate", fixture("timelinejs-errors.csv")));
        assertTrue(out.toString().contains("timelinejs-errors.csv:5:10: Time: hour 25 is out of range"), out::toString);
        assertTrue(out.toString().contains("INVALID (6 errors, 0 warnings); --lenient would import the valid rows"),
                out::toString);
        assertEquals(0, run("--validate", fixture("timelinejs-errors.csv"), "--lenient"));
        assertEquals(1, run("--validate", fixture("timelinejs.json"), "--format", "vis-json"));
        assertTrue(out.toString().contains("missing \"items\""), out::toString);
    }
}
