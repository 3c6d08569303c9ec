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

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.model.Dataset;
import org.sightline.model.DateLabels;
import org.sightline.model.EventStatus;
import org.sightline.model.Precision;
import org.sightline.model.TimelineEvent;

class TimelineJsJsonImporterTest {

    private final LoadResult result = read("timelinejs.json");
    private final Dataset d = result.dataset();

    private TimelineEvent event(String id) {
        return d.event(id).orElseThrow(() -> new AssertionError("no event " + id + " in "
                + d.events().stream().map(TimelineEvent::id).toList()));
    }

    @Test
    void isDetectedAsTimelineJsAndLoadsWithOnlyWarnings() {
        assertEquals(DatasetFormat.TIMELINEJS_JSON, result.format());
        assertNotNull(d, result.problems()::toString);
        assertTrue(result.errors().isEmpty());
        assertEquals(6, d.events().size());
    }

    @Test
    void titleSlideGivesThePlainTextTitleAndDescription() {
        assertEquals("Space Force in the Indo-Pacific", d.title());
        assertEquals("From founding to Japan & Korea.", d.description());
    }

    @Test
    void headlineBecomesTitleAndHtmlTextBecomesPlainSummary() {
        TimelineEvent e = event("ussf-founded");
        assertEquals("U.S. Space Force established", e.title());
        assertEquals("The sixth armed service.\nSigned \"into law\".", e.summary());
        assertEquals(EventStatus.OCCURRED, e.status(), "imported events have no status of their own");
    }

    @Test
    void numbersAndNumericStringsGiveTheSameDatesAndBlanksAreAbsent() {
        TimelineEvent founded = event("ussf-founded");
        assertEquals("2019-12-20", founded.start().toIso());
        TimelineEvent korea = event("korea-component");
        assertEquals(Precision.MONTH, korea.start().precision(), "a blank day is absent, not day 1");
        assertEquals("2022-12", korea.start().toIso());
        assertEquals("2023", korea.end().toIso());
        assertEquals("", korea.summary());
    }

    @Test
    void yearsBelowOneThousandKeepYearPrecisionAndDisplayDate() {
        TimelineEvent early = event("an-early-year");
        assertEquals("0602", early.start().toIso());
        assertEquals(Precision.YEAR, early.start().precision());
        assertEquals("around 602", early.displayDate());
    }

    @Test
    void negativeTimelineJsYearIsTheSameBceYearWithNoYearZero() {
        TimelineEvent ides = event("ides-of-march");
        assertEquals(-43, ides.start().year(), "TimelineJS -44 is 44 BCE, which is astronomical -43");
        assertEquals("-0043-03-15", ides.start().toIso());
        assertEquals("15 Mar 44 BCE", DateLabels.format(ides.start(), Locale.ENGLISH));
    }

    @Test
    void hourMinuteSecondAsStringsOrNumbersAreReadAsUtcWithOneWarning() {
        TimelineEvent meeting = event("ussf-founded-2");
        assertEquals("2024-07-28T14:30:05Z", meeting.start().toIso());
        assertEquals(Precision.SECOND, meeting.start().precision());
        assertEquals("28 July, afternoon", meeting.displayDate(), "display_date of the date object is kept");
        at(problem(result, "TimelineJS times have no time zone: read as UTC"), 34, 21);
    }

    @Test
    void groupsBecomeTopLevelOrganisationsWithIdsFromTheirNamesAndColours() {
        assertEquals(List.of("u-s-space-force", "space-forces-korea", "rome"),
                d.organisations().roots().stream().map(o -> o.id()).toList());
        assertEquals("U.S. Space Force", d.organisations().get("u-s-space-force").orElseThrow().name());
        assertEquals(List.of("u-s-space-force"), event("ussf-founded").organisationIds());
        assertEquals(List.of("u-s-space-force"), event("ussf-founded-2").organisationIds());
        assertTrue(event("an-early-year").organisationIds().isEmpty());
        assertNotNull(d.colorOf("rome"));
    }

    @Test
    void mediaBecomesASourceThatIsNeverFetchedAndOnlyKeepsWebLinks() {
        var source = event("ussf-founded").sources().get(0);
        assertEquals("Signing ceremony", source.title());
        assertEquals("Example News", source.publisher(), "credit HTML is stripped");
        assertEquals("https://example.org/ussf", source.url());
        var notWeb = event("korea-component").sources().get(0);
        assertNull(notWeb.url());
        at(problem(result, "events[1].media.url", "\"javascript:alert(1)\" is not an http:// or https:// link"), 21, 24);
    }

    @Test
    void uniqueIdIsKeptDuplicatesAreRenamedAndMissingIdsAreDerivedFromContent() {
        assertTrue(d.event("ussf-founded").isPresent());
        at(problem(result, "duplicate unique_id \"ussf-founded\"", "\"ussf-founded-2\""), 37, 20);
        assertTrue(d.event("korea-component").isPresent(), "derived from the headline");
        TimelineEvent noHeadline = d.events().get(d.events().size() - 1);
        assertTrue(noHeadline.id().matches("event-[0-9a-f]{8}"), noHeadline.id());
        assertEquals(noHeadline.id(), read("timelinejs.json").dataset().events().get(5).id(), "stable across reads");
        assertEquals("Activated at Yokota Air Base with a ceremony.", noHeadline.title());
        problem(result, "events[5]", "no headline");
    }

    @Test
    void erasBecomeBackgroundBands() {
        assertEquals(1, d.eras().size());
        assertEquals("First years", d.eras().get(0).title());
        assertEquals("2019-12", d.eras().get(0).start().toIso());
        assertEquals("2022", d.eras().get(0).end().toIso());
    }

    @Test
    void unusedAndUnknownKeysAreNotedAsWarningsNotErrors() {
        at(problem(result, "events[0].background: not used by Sightline"), 13, 7);
        problem(result, "events[0].autolink: not used by Sightline");
        problem(result, "events[0].media.thumbnail: not used by Sightline");
        at(problem(result, "events[5].favourite: not a TimelineJS key"), 42, 7);
        assertFalse(problem(result, "favourite").isError());
    }

    @Test
    void everyErrorKindIsReportedWithItsLocationAndTheFileIsRefused() {
        LoadResult r = read("timelinejs-errors.json");
        assertNull(r.dataset());
        assertTrue(r.canImportValidRows());
        at(problem(r, "events[1].start_date.year", "\"twenty\" is not a whole number"), 4, 29);
        at(problem(r, "events[2].start_date.month", "month 13 is out of range"), 5, 44);
        at(problem(r, "events[3]", "no start date"), 6, 5);
        at(problem(r, "events[4].start_date.year", "year 0 does not exist"), 7, 29);
        at(problem(r, "events[5].end_date", "is before the start"), 8, 48);
        at(problem(r, "events[6].start_date.day", "day 30 does not exist in Feb 2021"), 9, 54);
        at(problem(r, "events[7].start_date.hour", "a time without a full date"), 10, 43);
        at(problem(r, "eras[0]", "an era needs an end date"), 13, 5);
        assertEquals(8, r.errors().size());
    }

    @Test
    void lenientImportKeepsTheValidSlidesAndSaysWhatWasSkipped() {
        LoadResult r = readLenient("timelinejs-errors.json");
        assertNotNull(r.dataset());
        assertTrue(r.errors().isEmpty());
        assertEquals(List.of("Good event"), r.dataset().events().stream().map(TimelineEvent::title).toList());
        Problem skipped = problem(r, "skipped events[1] (\"Bad year\"): \"twenty\" is not a whole number");
        assertFalse(skipped.isError());
        at(skipped, 4, 29);
        problem(r, "skipped eras[0] (\"Era without end\")");
        assertEquals(8, r.warnings().size());
    }

    @Test
    void aFileWithoutEventsOrWithMalformedJsonIsRefusedWithALocation() {
        LoadResult empty = DatasetFiles.read("{\"events\": []}".getBytes(), "t.json", "t", null, false);
        assertNull(empty.dataset());
        problem(empty, "the timeline has no events");
        LoadResult malformed = DatasetFiles.read("{\"events\": [}".getBytes(), "t.json", "t", null, false);
        at(problem(malformed, "malformed JSON"), 1, 13);
        LoadResult wrongType = DatasetFiles.read("{\"events\": [{\"start_date\": {\"year\": true}}]}".getBytes(),
                "t.json", "t", null, false);
        at(problem(wrongType, "events[0].start_date.year", "expected a string or a number, found a boolean"), 1, 37);
    }
}
