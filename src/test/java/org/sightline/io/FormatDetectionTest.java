package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sightline.io.ImportAssertions.problem;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectionTest {

    private static LoadResult read(String name, String text, DatasetFormat format) {
        return DatasetFiles.read(text.getBytes(StandardCharsets.UTF_8), name, "t", format, false);
    }

    @Test
    void formatComesFromTheContentWhateverTheExtension() {
        assertEquals(DatasetFormat.NATIVE_JSON, Fixtures.path("valid-minimal.json") == null ? null
                : DatasetFiles.read(Fixtures.path("valid-minimal.json")).format());
        assertEquals(DatasetFormat.TIMELINEJS_JSON, read("x.txt", "{\"events\": [{\"start_date\": {\"year\": 1}}]}",
                null).format());
        assertEquals(DatasetFormat.VIS_JSON, read("x.csv", "[{\"content\": \"a\", \"start\": \"2020\"}]", null).format());
        assertEquals(DatasetFormat.VIS_JSON, read("x", "{\"items\": [{\"content\": \"a\", \"start\": \"2020\"}]}",
                null).format());
        assertEquals(DatasetFormat.TIMELINEJS_CSV, read("x.txt", "Year,Headline\n2020,A\n", null).format());
    }

    @Test
    void anExplicitFormatOverridesDetection() {
        LoadResult r = read("x.json", "{\"events\": []}", DatasetFormat.VIS_JSON);
        assertEquals(DatasetFormat.VIS_JSON, r.format());
        problem(r, "missing \"items\"");
    }

    @Test
    void unknownContentIsRefusedWithWhatWasExpected() {
        LoadResult json = read("x.json", "{\"foo\": 1}", null);
        assertNull(json.dataset());
        problem(json, "1:1: not a dataset Sightline knows", "TimelineJS");
        problem(read("x.csv", "a,b\n1,2\n", null), "a CSV file must be a Sightline CSV");
        problem(read("x.json", "oops", null), "malformed JSON");
        problem(read("x.csv", "  \n", null), "the file is empty");
    }
}
