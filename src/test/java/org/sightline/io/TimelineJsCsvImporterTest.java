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
import org.sightline.model.Precision;
import org.sightline.model.TimelineEvent;

class TimelineJsCsvImporterTest {

    private final LoadResult result = read("timelinejs.csv");
    private final Dataset d = result.dataset();

    private TimelineEvent event(String id) {
        return d.event(id).orElseThrow(() -> new AssertionError("no " + id + " in "
                + d.events().stream().map(TimelineEvent::id).toList()));
    }

    private static LoadResult csv(String text) {
        return DatasetFiles.read(text.getBytes(StandardCharsets.UTF_8), "sheet.csv", "sheet", null, false);
    }

    @Test
    void templateHeaderIsDetectedAndTheTitleRowGivesTitleAndDescription() {
        assertEquals(DatasetFormat.TIMELINEJS_CSV, result.format());
        assertNotNull(d, result.problems()::toString);
        assertEquals("Space Force timeline", d.title());
        assertEquals("Imported from a sheet.", d.description());
        assertEquals(5, d.events().size());
    }

    @Test
    void rowsMapToEventsWithSourcesGroupsAndMultiLineText() {
        TimelineEvent founded = event("u-s-space-force-established");
        assertEquals("2019-12-20", founded.start().toIso());
        assertEquals("The sixth service.", founded.summary());
        assertEquals("Example News", founded.sources().get(0).publisher());
        assertEquals("https://example.org/ussf", founded.sources().get(0).url());
        assertEquals(List.of("u-s-space-force"), founded.organisationIds());
        assertEquals("Kihara met Saltzman,\nin Tokyo.", event("tokyo-meeting").summary());
    }

    @Test
    void commasAndSpacesInYearsAreIgnoredAsTimelineJsDoes() {
        assertEquals("1901-01", event("comma-year").start().toIso());
    }

    @Test
    void timeFormatsWithAmPmCompactAndSecondsAreRead() {
        TimelineEvent meeting = event("tokyo-meeting");
        assertEquals("2024-07-28T14:30Z", meeting.start().toIso(), "2:30 pm");
        assertEquals("2024-07-28T15:30Z", meeting.end().toIso(), "1530");
        assertEquals(Precision.MINUTE, meeting.start().precision());
        TimelineEvent seconds = event("with-seconds");
        assertEquals("2023-01-01T10:15:30Z", seconds.start().toIso());
        at(problem(result, "milliseconds are not kept"), 9, 10);
        problem(result, "TimelineJS times have no time zone: read as UTC (and 2 more like it)");
    }

    @Test
    void negativeYearsAreBceWithTheDisplayDateKept() {
        TimelineEvent ides = event("ides-of-march");
        assertEquals(-43, ides.start().year());
        assertEquals("44 BC", ides.displayDate());
    }

    @Test
    void eraRowsBecomeErasAndUnusedColumnsAreNoted() {
        assertEquals(1, d.eras().size());
        assertEquals("2019-12", d.eras().get(0).start().toIso());
        assertEquals("2022-12", d.eras().get(0).end().toIso());
        at(problem(result, "Background: not used by Sightline"), 3, 132);
    }

    @Test
    void tagColumnIsReadAsGroupAndUnknownColumnsAreWarnings() {
        LoadResult r = read("timelinejs-tag.csv");
        assertNotNull(r.dataset());
        assertEquals("Old tag", r.dataset().organisations().get("old-tag").orElseThrow().name());
        at(problem(r, "\"Extra\" is not a column of the TimelineJS template"), 1, 34);
    }

    @Test
    void everyRowErrorIsReportedWithItsLineAndColumn() {
        LoadResult r = read("timelinejs-errors.csv");
        assertNull(r.dataset());
        assertTrue(r.canImportValidRows());
        at(problem(r, "Month: month 14 is out of range"), 3, 6);
        at(problem(r, "Time: a time without a date"), 4, 4);
        at(problem(r, "Time: hour 25 is out of range"), 5, 10);
        at(problem(r, "Time: \"noon\" is not a time"), 6, 10);
        at(problem(r, "Year: \"abc\" is not a whole number"), 7, 1);
        at(problem(r, "an era needs an end date"), 8, 1);
        assertEquals(6, r.errors().size());
    }

    @Test
    void lenientImportSkipsBadRowsAndNamesThemByLineAndHeadline() {
        LoadResult r = readLenient("timelinejs-errors.csv");
        assertNotNull(r.dataset());
        assertEquals(List.of("Good row"), r.dataset().events().stream().map(TimelineEvent::title).toList());
        assertFalse(problem(r, "skipped the row at line 3 (\"Bad month\"): month 14 is out of range").isError());
    }

    @Test
    void headersAreMatchedExactlyButCaseSlipsAreAcceptedWithAWarning() {
        LoadResult r = csv("year,Headline\n2020,A\n");
        assertNotNull(r.dataset());
        at(problem(r, "the header \"year\" should read \"Year\""), 1, 1);
    }

    @Test
    void sheetsWithoutTheTemplateHeaderOrWithTheV1HeaderAreRefused() {
        problem(csv("Start Date,Headline\n2020,A\n"), "TimelineJS version 1 sheet");
        problem(csv("When,What\n2020,A\n"), "not a dataset Sightline knows");
        problem(csv("Year,Headline\n"), "the sheet has no event rows");
    }

    @Test
    void malformedCsvIsRefusedWithWhereItBroke() {
        Problem p = problem(csv("Year,Headline\n2020,\"never closed\n"), "malformed CSV");
        assertTrue(p.line() >= 2, p::format);
    }
}
