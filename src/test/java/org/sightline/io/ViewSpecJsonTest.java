package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.PartialDate;
import org.sightline.model.ViewSpec;

class ViewSpecJsonTest {

    private static final String SHA = "ab".repeat(32);

    private static ViewSpec spec() {
        return new ViewSpec(new ViewSpec.DatasetRef("data.json", "A dataset", SHA),
                new DateRange(PartialDate.parse("2019-12"), PartialDate.parse("2024-12-20")), LaneGrouping.REGION,
                new EventFilter(Set.of("ussf", "jp-mod"), Set.of("korea"), EnumSet.of(EventStatus.PROPOSED), Set.of(),
                        "yokota"),
                "print", 3508, 2480, 300.0 / 96, "Title ✓", "Sub", true, false, true);
    }

    @Test
    void aViewRoundTripsThroughJson() throws ViewSpecException {
        ViewSpec spec = spec();
        assertEquals(spec, ViewSpecJson.parse(ViewSpecJson.write(spec)));
    }

    @Test
    void foldedLanesRoundTripAndAreLeftOutOfTheJsonWhenThereAreNone() throws ViewSpecException {
        ViewSpec folded = spec().withCollapsedLanes(Set.of("ussf", "korea"));
        String json = ViewSpecJson.write(folded);
        assertEquals(true, json.contains("\"collapsedLanes\":[\"korea\",\"ussf\"]"), json);
        assertEquals(folded, ViewSpecJson.parse(json));
        assertEquals(false, ViewSpecJson.write(spec()).contains("collapsedLanes"));
        assertEquals(Set.of(), ViewSpecJson.parse(ViewSpecJson.write(spec())).collapsedLanes(),
                "a view written before lanes could be folded has none folded");
        ViewSpecException e = assertThrows(ViewSpecException.class,
                () -> ViewSpecJson.parse(json.replace("[\"korea\",\"ussf\"]", "[\"korea\",7]")));
        assertEquals("collapsedLanes: expected non-empty strings of at most 500 characters", e.getMessage());
    }

    @Test
    void theEventAnImageIsAboutRoundTripsAndIsLeftOutWhenThereIsNone() throws ViewSpecException {
        ViewSpec about = spec().withFocusEvent("saltzman-kihara-meeting");
        String json = ViewSpecJson.write(about);
        assertEquals(true, json.contains("\"event\":\"saltzman-kihara-meeting\""), json);
        assertEquals(about, ViewSpecJson.parse(json));
        assertEquals(false, ViewSpecJson.write(spec()).contains("\"event\""));
        ViewSpecException e = assertThrows(ViewSpecException.class,
                () -> ViewSpecJson.parse(json.replace("\"saltzman-kihara-meeting\"", "42")));
        assertEquals("event: expected an event id, a non-empty string of at most 500 characters", e.getMessage());
    }

    @Test
    void theLaneAnImageStartsAtRoundTripsAndIsLeftOutWhenItIsTheFirst() throws ViewSpecException {
        ViewSpec scrolled = spec().withFirstLane("korea").withFocusEvent("e1").withSize(1280, 720, 1);
        assertEquals("korea", scrolled.firstLane(), "kept by the other withers");
        String json = ViewSpecJson.write(scrolled);
        assertEquals(true, json.contains("\"firstLane\":\"korea\""), json);
        assertEquals(scrolled, ViewSpecJson.parse(json));
        assertEquals(false, ViewSpecJson.write(spec()).contains("firstLane"));
        assertEquals(null, ViewSpecJson.parse(ViewSpecJson.write(spec())).firstLane(),
                "a view written before lanes were carried starts at the first");
        ViewSpecException e = assertThrows(ViewSpecException.class,
                () -> ViewSpecJson.parse(json.replace("\"firstLane\":\"korea\"", "\"firstLane\":\"\"")));
        assertEquals("firstLane: expected a lane id, a non-empty string of at most 500 characters", e.getMessage());
    }

    @Test
    void datesKeepTheirPrecisionInTheJson() {
        String json = ViewSpecJson.write(spec());
        assertEquals(true, json.contains("\"window\":{\"from\":\"2019-12\",\"to\":\"2024-12-20\"}"), json);
    }

    private static String broken(String from, String to) {
        return ViewSpecJson.write(spec()).replace(from, to);
    }

    @Test
    void aBadDateNamesTheFieldAndWhatWasExpected() {
        ViewSpecException e = assertThrows(ViewSpecException.class,
                () -> ViewSpecJson.parse(broken("\"2019-12\"", "\"2019-13\"")));
        assertEquals("window.from: \"2019-13\" is not a date: month 13 is not between 01 and 12", e.getMessage());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        ViewSpecException e = assertThrows(ViewSpecException.class,
                () -> ViewSpecJson.parse(broken("\"2024-12-20\"", "\"2018\"")));
        assertEquals("window: \"to\" (2018) must not be before \"from\" (2019-12)", e.getMessage());
    }

    @Test
    void unknownValuesAndNewerVersionsAreRefusedWithAMessage() {
        assertEquals("theme: \"neon\" is not one of light, dark, print", assertThrows(ViewSpecException.class,
                () -> ViewSpecJson.parse(broken("\"print\"", "\"neon\""))).getMessage());
        assertEquals("version 9 was written by a newer Sightline; this one reads version 1",
                assertThrows(ViewSpecException.class, () -> ViewSpecJson.parse(broken("\"version\":1", "\"version\":9")))
                        .getMessage());
        assertEquals("dataset.sha256: expected 64 lower-case hex digits", assertThrows(ViewSpecException.class,
                () -> ViewSpecJson.parse(broken(SHA, "abc"))).getMessage());
        assertEquals("size: the image would be 99999×2480 pixels; each side must be between 1 and 16384",
                assertThrows(ViewSpecException.class, () -> ViewSpecJson.parse(broken("3508", "99999"))).getMessage());
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        ViewSpecException e = assertThrows(ViewSpecException.class, () -> ViewSpecJson.parse("{\"format\": "));
        assertEquals("the saved view is not valid JSON: the file ends inside an object", e.getMessage());
    }

    /**
     * A view read from an untrusted PNG, damaged in thousands of ways (characters changed, dropped or repeated,
     * the text cut): each is a view or a {@link ViewSpecException} that names the problem, never another
     * exception.
     */
    @Test
    void aDamagedViewIsRefusedWithAMessageNeverWithAnotherException() {
        String json = ViewSpecJson.write(spec().withCollapsedLanes(Set.of("ussf")).withFocusEvent("a-b"));
        java.util.Random random = new java.util.Random(11);
        String alphabet = "{}[]\",:0123456789.-eE tfnrua\\";
        for (int copy = 0; copy < 3000; copy++) {
            StringBuilder damaged = new StringBuilder(json);
            for (int d = 1 + random.nextInt(3); d > 0 && damaged.length() > 1; d--) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(4)) {
                    case 0 -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> damaged.deleteCharAt(at);
                    case 2 -> damaged.insert(at, damaged.substring(at, Math.min(damaged.length(), at + 8)));
                    default -> damaged.setLength(Math.max(1, at));
                }
            }
            try {
                ViewSpecJson.parse(damaged.toString());
            } catch (ViewSpecException e) {
                assertEquals(false, e.getMessage() == null || e.getMessage().isBlank(), "copy " + copy);
                assertEquals(false, e.getMessage().contains("Exception") || e.getMessage().contains("REDACTED"),
                        "copy " + copy + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("copy " + copy + " threw " + e + " for: " + damaged, e);
            }
        }
    }
}
