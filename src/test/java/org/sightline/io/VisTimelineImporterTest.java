package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.io.ImportAssertions.at;
import static org.sightline.io.ImportAssertions.problem;
import static org.sightline.io.ImportAssertions.read;
import static org.sightline.io.ImportAssertions.readLenient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.model.Dataset;
import org.sightline.model.Organisation;
import org.sightline.model.Precision;
import org.sightline.model.TimelineEvent;

class VisTimelineImporterTest {

    private final LoadResult result = read("vis.json");
    private final Dataset d = result.dataset();

    private TimelineEvent event(String id) {
        return d.event(id).orElseThrow(() -> new AssertionError("no " + id + " in "
                + d.events().stream().map(TimelineEvent::id).toList()));
    }

    private static LoadResult vis(String json) {
        return DatasetFiles.read(json.getBytes(StandardCharsets.UTF_8), "v.json", "v", null, false);
    }

    @Test
    void itemsAndGroupsAreDetectedAndImported() {
        assertEquals(DatasetFormat.VIS_JSON, result.format());
        assertNotNull(d, result.problems()::toString);
        assertEquals(6, d.events().size());
        assertEquals("vis", d.title(), "the file name when the data has no title");
    }

    @Test
    void htmlContentAndTitleBecomePlainTitleAndSummary() {
        TimelineEvent founded = event("1");
        assertEquals("Founded & signed", founded.title());
        assertEquals("Sixth service", founded.summary());
        assertEquals("2019-12-20", founded.start().toIso());
        assertEquals(Precision.DAY, founded.start().precision(), "a date-only string is never shifted");
    }

    @Test
    void nestedGroupsBecomeAnOrganisationHierarchyInGroupOrder() {
        assertEquals(List.of("jp", "dod"), d.organisations().roots().stream().map(Organisation::id).toList(),
                "roots in the groups' order");
        assertEquals("dod", d.organisations().get("ussf").orElseThrow().parentId());
        assertEquals("ussf", d.organisations().get("3").orElseThrow().parentId());
        assertEquals("Department of Defense", d.organisations().get("dod").orElseThrow().name());
        assertEquals(List.of("3"), event("activation").organisationIds());
        assertTrue(d.organisations().isWithin("3", "dod"));
    }

    @Test
    void isoStringsWithOffsetsAreInstantsAndEpochMillisAreUtcSeconds() {
        TimelineEvent meeting = event("meet");
        assertEquals("2024-07-28T14:30:00+09:00", meeting.start().toIso());
        assertEquals(Precision.SECOND, meeting.start().precision());
        assertEquals("2024-12-04T00:00:00Z", event("activation").start().toIso());
        assertEquals("2024-01-01T10:00Z", event("local-time").start().toIso());
        at(problem(result, "items[3].start", "a time without a time zone: read as UTC"), 12, 40);
    }

    @Test
    void yearOnlyAndBceStringsKeepTheirPrecision() {
        TimelineEvent years = event("year-only");
        assertEquals(Precision.YEAR, years.start().precision());
        assertEquals("2021", years.end().toIso());
        assertEquals(-43, event("bce").start().year(), "ISO years are astronomical: -0043 is 44 BCE");
    }

    @Test
    void backgroundItemsBecomeEras() {
        assertEquals(1, d.eras().size());
        assertEquals("Planning period", d.eras().get(0).title());
        assertEquals("2023-01", d.eras().get(0).start().toIso());
    }

    @Test
    void unusedFieldsAreNoted() {
        at(problem(result, "groups[2].className: not used by Sightline"), 5, 48);
        problem(result, "items[6].style: not used by Sightline");
    }

    @Test
    void aBareArrayOfItemsWithoutGroupsMakesALanePerGroupValue() {
        LoadResult r = read("vis-array.json");
        assertEquals(DatasetFormat.VIS_JSON, r.format());
        assertEquals(List.of("team-a"), r.dataset().organisations().roots().stream().map(Organisation::id).toList());
        assertEquals(3, r.dataset().events().size());
    }

    @Test
    void tenLanesGetTenDifferentColours() {
        StringBuilder items = new StringBuilder("[");
        for (int g = 1; g <= 11; g++) {
            items.append(g > 1 ? ",\n" : "").append("""
                    {"id": %d, "content": "E%d", "group": "Lane %d", "start": "2020-01-%02d"}""".formatted(g, g, g, g));
        }
        LoadResult r = vis(items.append("]").toString());
        assertNotNull(r.dataset(), r.problems()::toString);
        List<String> colours = r.dataset().organisations().roots().stream().map(Organisation::color).toList();
        assertEquals(11, colours.size());
        assertEquals(10, colours.subList(0, 10).stream().distinct().count(), colours::toString);
        assertEquals(colours.get(0), colours.get(10), "the eleventh comes round to the first");
    }

    @Test
    void everyErrorKindIsLocated() {
        LoadResult r = read("vis-errors.json");
        assertNull(r.dataset());
        assertTrue(r.canImportValidRows());
        at(problem(r, "groups[0].nestedGroups[1]", "unknown group \"zz\""), 3, 55);
        at(problem(r, "groups[1].nestedGroups[0]", "makes a cycle"), 4, 50);
        at(problem(r, "items[1].group", "unknown group \"nope\""), 8, 75);
        at(problem(r, "items[2]", "a range item needs an \"end\""), 9, 5);
        at(problem(r, "items[3].type", "\"circle\" is not an item type"), 10, 69);
        at(problem(r, "items[4].start", "\"2020-02-30\" is not a date"), 11, 47);
        at(problem(r, "items[5].id", "duplicate item id \"1\" (first used at line 7)"), 12, 12);
        at(problem(r, "items[6]", "missing \"content\""), 13, 5);
        assertEquals(8, r.errors().size());
    }

    @Test
    void lenientImportKeepsValidItemsAndValidNesting() {
        LoadResult r = readLenient("vis-errors.json");
        assertNotNull(r.dataset());
        assertEquals(List.of("Good"), r.dataset().events().stream().map(TimelineEvent::title).toList());
        assertEquals("a", r.dataset().organisations().get("b").orElseThrow().parentId());
        assertFalse(problem(r, "skipped items[2]").isError());
    }

    @Test
    void decimalEpochAndWrongShapesAreRefused() {
        at(problem(vis("[{\"content\": \"x\", \"start\": 1.5}]"), "expected a date as an ISO-8601 string"), 1, 28);
        problem(vis("{\"items\": 3}"), "expected an array of items, found a number");
        problem(vis("[]"), "there are no items");
    }
}
