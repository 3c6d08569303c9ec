package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.io.ImportAssertions.at;
import static org.sightline.io.ImportAssertions.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;

class NativeCsvTest {

    @TempDir
    Path dir;

    private final NativeDatasetWriter json = new NativeDatasetWriter();
    private final NativeCsvWriter csv = new NativeCsvWriter();

    private static LoadResult readCsv(String text) {
        return DatasetFiles.read(text.getBytes(StandardCharsets.UTF_8), "d.csv", "d", null, false);
    }

    @Test
    void curatedDatasetRoundTripsJsonToCsvToJsonUnchanged() throws IOException {
        Dataset curated = BundledDataset.load().dataset();
        Path file = dir.resolve("curated.csv");
        csv.write(curated, file);
        LoadResult back = DatasetFiles.read(file);
        assertEquals(DatasetFormat.NATIVE_CSV, back.format());
        assertNotNull(back.dataset(), back.problems()::toString);
        assertTrue(back.problems().isEmpty(), back.problems()::toString);
        assertEquals(json.toJson(curated.withBriefings(java.util.List.of())), json.toJson(back.dataset()),
                "everything but the briefings, which CSV does not carry");
    }

    @Test
    void curatedDatasetRoundTripsThroughNativeJsonWithItsBriefing() throws IOException {
        Dataset curated = BundledDataset.load().dataset();
        Path file = dir.resolve("curated.json");
        json.write(curated, file);
        Dataset back = DatasetFiles.read(file).dataset();
        assertEquals(1, back.briefings().size());
        assertEquals(curated.briefings(), back.briefings());
        assertEquals(json.toJson(curated), json.toJson(back));
    }

    @Test
    void minimalFixtureRoundTripsThroughBothNativeFormats() throws IOException {
        Dataset minimal = DatasetFiles.read(Fixtures.path("valid-minimal.json")).dataset();
        Path asJson = dir.resolve("m.json");
        json.write(minimal, asJson);
        Dataset fromJson = DatasetFiles.read(asJson).dataset();
        Path asCsv = dir.resolve("m.csv");
        csv.write(fromJson, asCsv);
        Dataset fromCsv = DatasetFiles.read(asCsv).dataset();
        assertEquals(json.toJson(minimal), json.toJson(fromCsv));
        assertEquals(37.09, fromCsv.regions().get("osan").orElseThrow().lat());
    }

    @Test
    void csvHasSectionsSeparatedListsAndSourceColumns() throws IOException {
        Dataset minimal = DatasetFiles.read(Fixtures.path("valid-minimal.json")).dataset();
        String text = csv.toCsv(minimal);
        assertTrue(text.startsWith("format,sightline-dataset\nversion,1\ntitle,Minimal fixture\n"), text);
        assertTrue(text.contains("\n[events]\nid,title,start,end,displayDate,summary,organisations,regions,status,"
                + "confidence,tags,notes,source1.publisher,source1.title,source1.date,source1.url\n"), text);
        assertTrue(text.contains("talks,Talks,2023-07-13,2023-07-14,,A two-day span.,ussf;jp-mod,indo-pacific,"
                + "proposed,,,,Example,Talks report,,\n"), text);
        byte[] bytes = csv.toBytes(minimal);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark for spreadsheet programs");
    }

    @Test
    void importedTimelineJsSurvivesConversionToNativeWithTheSameEvents() throws IOException {
        Dataset imported = DatasetFiles.read(Fixtures.path("import/timelinejs.json")).dataset();
        for (String name : List.of("t.json", "t.csv")) {
            Path out = dir.resolve(name);
            DatasetFiles.write(imported, out, DatasetFiles.nativeFormatFor(out));
            LoadResult back = DatasetFiles.read(out);
            assertNotNull(back.dataset(), back.problems()::toString);
            assertTrue(back.errors().isEmpty());
            assertEquals(imported.events(), back.dataset().events(), name);
            assertEquals(imported.eras(), back.dataset().eras(), name);
            assertEquals(json.toJson(imported), json.toJson(back.dataset()), name);
        }
    }

    @Test
    void problemsInNativeCsvNameTheSectionColumnAndCell() {
        String text = """
                format,sightline-dataset
                version,1
                title,T

                [organisations]
                id,name
                o,O

                [regions]
                id,name,lat,lon
                r,R,north,10

                [events]
                id,title,start,summary,organisations,regions,status,source1.title,source1.url
                e1,E,2019-13,s,o;zz,r,occurred,Src,ftp://x
                """;
        LoadResult r = readCsv(text);
        assertNull(r.dataset());
        at(problem(r, "regions.lat", "expected a number, found a string"), 11, 5);
        at(problem(r, "events.start", "\"2019-13\" is not a date"), 15, 6);
        at(problem(r, "events.organisations", "unknown organisation \"zz\""), 15, 16);
        at(problem(r, "events.source1.url", "is not a web link"), 15, 36);
        assertEquals(4, r.errors().size(), r.problems()::toString);
    }

    @Test
    void missingSectionsAndUnknownColumnsAreReported() {
        problem(readCsv("format,sightline-dataset\nversion,1\ntitle,T\n"), "missing the section [organisations]");
        LoadResult r = readCsv("format,sightline-dataset\nversion,1\ntitle,T\n[organisations]\nid,name,colour\n"
                + "o,O,red\n[regions]\nid,name\n[events]\nid,title,start,summary,status\n");
        assertNotNull(r.dataset(), r.problems()::toString);
        at(problem(r, "organisations.colour", "not a column of [organisations]"), 5, 9);
    }

    @Test
    void aNewFileGetsTheSamePermissionsAsAnyNewFileInItsFolder() throws IOException {
        Path out = dir.resolve("new.json");
        json.write(DatasetFiles.read(Fixtures.path("valid-minimal.json")).dataset(), out);
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(out),
                "not owner-only like a temporary file: the umask decides");
    }

    @Test
    void writerRefusesATagThatWouldSplitAndLeavesNoFileBehind() {
        TimelineEvent e = new TimelineEvent("e", "E", PartialDate.ofYear(2020), null, null, "", List.of(), List.of(),
                EventStatus.OCCURRED, null, List.of("a;b"), List.of(), null);
        Dataset d = Dataset.builder("T").event(e).build();
        Path out = dir.resolve("x.csv");
        IOException ex = assertThrows(IOException.class, () -> csv.write(d, out));
        assertTrue(ex.getMessage().contains("the tag \"a;b\" of event \"e\" contains \";\""), ex.getMessage());
        assertTrue(Files.notExists(out));
    }

    @Test
    void atomicWriteReplacesTheFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("d.json");
        Files.writeString(out, "old");
        var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(out, permissions);
        Dataset minimal = DatasetFiles.read(Fixtures.path("valid-minimal.json")).dataset();
        json.write(minimal, out);
        assertTrue(Files.readString(out).startsWith("{\n  \"format\" : \"sightline-dataset\""));
        assertEquals(permissions, Files.getPosixFilePermissions(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }
}
