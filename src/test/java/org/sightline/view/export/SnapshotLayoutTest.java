package org.sightline.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.bench.SyntheticDatasets;
import org.sightline.io.BundledDataset;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.SnapshotLayout.Piece;
import org.sightline.view.export.SnapshotLayout.TextPiece;
import org.sightline.view.timeline.TimelineStyle;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The slide layout adapts to every target size: nothing overlaps, nothing leaves the image. */
class SnapshotLayoutTest {

    /** Pixel width, height and scale of the sizes the issue names. */
    private static final double[][] SIZES = {
        {1280, 720, 1}, {1920, 1080, 1}, {3840, 2160, 2}, {3508, 2480, SizePreset.PRINT_SCALE},
        {3300, 2550, SizePreset.PRINT_SCALE}};

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static ViewSpec spec(Dataset d, double[] size, String theme, boolean panels, String title) {
        return new ViewSpec(new ViewSpec.DatasetRef("data.json", d.title(), "0".repeat(64)),
                ExportContent.defaultRange(d), LaneGrouping.ORGANISATION, EventFilter.NONE, theme, (int) size[0],
                (int) size[1], size[2], title, null, true, true, panels);
    }

    private static SnapshotLayout layout(Dataset d, ViewSpec spec) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new SnapshotComposer()
                .layout(ExportContent.of(d, spec, Locale.US, 0))).get();
    }

    private static void assertClean(SnapshotLayout layout, String what) {
        Rectangle2D image = new Rectangle2D(0, 0, layout.width(), layout.height());
        Rectangle2D timeline = layout.timeline();
        assertTrue(contains(image, timeline), what + ": timeline inside the image");
        assertTrue(timeline.getHeight() >= 0.45 * layout.height(), what + ": timeline keeps most of the height " + timeline);
        assertTrue(timeline.getWidth() >= 0.6 * layout.width(), what + ": timeline keeps most of the width " + timeline);
        List<Piece> pieces = layout.pieces();
        for (Piece p : pieces) {
            assertTrue(contains(image, p.bounds()), what + ": " + p + " inside the image");
            assertFalse(p.bounds().intersects(timeline), what + ": " + p + " clear of the timeline " + timeline);
        }
        List<Piece> solid = new ArrayList<>();
        for (Piece p : pieces) {
            if (!(p instanceof SnapshotLayout.RulePiece)) {
                solid.add(p);
            }
        }
        for (int i = 0; i < solid.size(); i++) {
            for (int j = i + 1; j < solid.size(); j++) {
                assertFalse(solid.get(i).bounds().intersects(solid.get(j).bounds()),
                        what + ": " + solid.get(i) + " overlaps " + solid.get(j));
            }
        }
    }

    private static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        return inner.getMinX() >= outer.getMinX() - 0.01 && inner.getMinY() >= outer.getMinY() - 0.01
                && inner.getMaxX() <= outer.getMaxX() + 0.01 && inner.getMaxY() <= outer.getMaxY() + 0.01;
    }

    @Test
    void curatedDatasetLaysOutCleanlyAtEverySizeWithAndWithoutPanels() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        for (double[] size : SIZES) {
            for (boolean panels : new boolean[] {false, true}) {
                String what = (int) size[0] + "×" + (int) size[1] + (panels ? " with panels" : "");
                SnapshotLayout layout = layout(d, spec(d, size, "light", panels, null));
                assertClean(layout, what);
                assertEquals(d.title(), layout.texts("title").get(0).text(), what);
                assertTrue(layout.texts("legend").stream().anyMatch(t -> t.text().equals("Proposed")), what);
                assertTrue(layout.texts("footer").get(0).text().contains("data as of Jun 2026"), what);
                assertEquals(panels, !layout.texts("panel").isEmpty(), what);
            }
        }
    }

    @Test
    void theLegendNamesTheTodayLineWhenTheRangeHoldsToday() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        ViewSpec spec = spec(d, SIZES[1], "light", false, null);
        long inside = spec.range().window().startMillis() + spec.range().window().duration() / 2;
        SnapshotLayout with = WaitForAsyncUtils.asyncFx(() -> new SnapshotComposer()
                .layout(ExportContent.of(d, spec, Locale.US, inside))).get();
        assertTrue(with.texts("legend").stream().anyMatch(t -> t.text().equals("Today")), "today in the range");
        assertTrue(with.pieces().stream().anyMatch(p -> p instanceof SnapshotLayout.RulePiece r
                && r.color().equals(TimelineStyle.light().todayLine())), "its mark in the line's colour");
        assertClean(with, "with the today entry");
        SnapshotLayout without = layout(d, spec); // "now" is 1970 there, outside the range
        assertFalse(without.texts("legend").stream().anyMatch(t -> t.text().equals("Today")), "today outside");
    }

    @Test
    void theLegendExplainsTheHatchedBandOnlyWhenOneIsDrawn() throws Exception {
        Dataset curated = BundledDataset.load().dataset();
        SnapshotLayout whole = layout(curated, spec(curated, SIZES[1], "light", false, null));
        assertFalse(whole.texts("legend").stream().anyMatch(t -> t.text().equals("Month/year/day only")),
                "every date known to the day, and no day wide enough to show as a band");
        assertFalse(whole.pieces().stream().anyMatch(p -> p instanceof SnapshotLayout.BandPiece));

        Organisation org = new Organisation("a", "Org A", "A", null, null, "#0072B2", null);
        TimelineEvent monthOnly = new TimelineEvent("m", "Known to the month", PartialDate.parse("2024-02"), null,
                null, "", List.of("a"), List.of(), EventStatus.PROPOSED, null, List.of(), List.of(), null);
        TimelineEvent day = new TimelineEvent("d", "Known to the day", PartialDate.parse("2024-05-06"), null,
                null, "", List.of("a"), List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null);
        Dataset coarse = Dataset.builder("t").organisation(org).event(monthOnly).event(day).build();
        SnapshotLayout withMonth = layout(coarse, spec(coarse, SIZES[1], "light", false, null));
        assertTrue(withMonth.texts("legend").stream().anyMatch(t -> t.text().equals("Month/year/day only")),
                "a month-only event is drawn as a hatched band");
        assertEquals(1, withMonth.pieces().stream().filter(p -> p instanceof SnapshotLayout.BandPiece).count());
        assertClean(withMonth, "with the band entry");

        Dataset days = Dataset.builder("t").organisation(org).event(day).build();
        ViewSpec oneDay = new ViewSpec(new ViewSpec.DatasetRef("data.json", days.title(), "0".repeat(64)),
                new DateRange(PartialDate.parse("2024-05-06"), PartialDate.parse("2024-05-06")),
                LaneGrouping.ORGANISATION, EventFilter.NONE, "light", 1920, 1080, 1, null, null, true, true, false);
        assertTrue(layout(days, oneDay).texts("legend").stream().anyMatch(t -> t.text().equals("Month/year/day only")),
                "zoomed to its day, an event known to the day is its whole day");
    }

    @Test
    void textIsDrawnAtTheScaledFontSize() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        TextPiece at1 = layout(d, spec(d, SIZES[1], "light", false, null)).texts("title").get(0);
        TextPiece at2 = layout(d, spec(d, SIZES[2], "light", false, null)).texts("title").get(0);
        assertEquals(2 * at1.font().getSize(), at2.font().getSize(), 1e-9);
        assertEquals(2 * at1.width(), at2.width(), 0.02 * at2.width());
    }

    @Test
    void longTitlesAndManyOrganisationsStillFit() throws Exception {
        Dataset d = SyntheticDatasets.generate(3, 400, 16, 2015, 2026);
        String title = "A very long title that goes on and on about the organisations and regions of the dataset "
                .repeat(3);
        for (double[] size : SIZES) {
            SnapshotLayout layout = layout(d, spec(d, size, "dark", true, title));
            assertClean(layout, (int) size[0] + "×" + (int) size[1]);
            assertTrue(layout.texts("title").get(0).text().endsWith("…"), "the title is shortened");
            assertTrue(layout.texts("legend").stream().anyMatch(t -> t.text().equals("ORG15")), "every colour is listed");
        }
    }

    @Test
    void theFooterCountsOnlyTheEventsOfTheLanesTheImageDraws() throws Exception {
        Dataset d = org.sightline.io.DatasetFiles.read(org.sightline.io.Fixtures.path("many-lanes.json")).dataset();
        SnapshotLayout small = layout(d, spec(d, new double[] {640, 360, 1}, "light", false, null));
        assertTrue(small.lanesLeftOut() > 0, "the fixture's lanes do not all fit at 640×360");
        String footer = small.texts("footer").get(0).text();
        int total = d.events().size();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) of " + total + " events shown").matcher(footer);
        assertTrue(m.find(), footer);
        int drawn = Integer.parseInt(m.group(1));
        assertTrue(drawn > 0 && drawn < total, "only the events of the lanes drawn: " + footer);
        SnapshotLayout large = layout(d, spec(d, new double[] {1920, 1080, 1}, "light", false, null));
        assertEquals(0, large.lanesLeftOut());
        assertTrue(large.texts("footer").get(0).text().contains(total + " of " + total + " events shown"),
                large.texts("footer").get(0).text());
    }

    @Test
    void theLegendListsTheOrganisationsWhoseColoursTheShownEventsCarry() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        ViewSpec spec = spec(d, SIZES[1], "light", false, null);
        ExportContent content = ExportContent.of(d, spec, Locale.US, 0);
        List<String> owners = WaitForAsyncUtils.asyncFx(() -> List.copyOf(SnapshotLegend.colourOwners(content)
                .keySet())).get();
        assertEquals(List.of("DoD", "Government of Japan (Cabinet)", "National Diet of Japan", "SCC", "DPRK"), owners);
    }
}
