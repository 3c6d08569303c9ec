package org.sightline.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.io.BundledDataset;
import org.sightline.model.Briefing;
import org.sightline.model.BriefingStep;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.LaneGrouping;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.SnapshotLayout.CardPiece;
import org.sightline.view.export.SnapshotLayout.Piece;
import org.sightline.view.export.SnapshotLayout.RulePiece;
import org.sightline.view.export.SnapshotLayout.TextPiece;
import org.sightline.view.timeline.TimelineStyle;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Briefing slides at every preset size: the caption card never overlaps the timeline, legend or anything else. */
class SlideLayoutTest {

    /** Pixel width, height and scale: the export presets, and the smallest layout allowed. */
    private static final double[][] SIZES = {
        {1280, 720, 1}, {1920, 1080, 1}, {3840, 2160, 2}, {3508, 2480, SizePreset.PRINT_SCALE},
        {3300, 2550, SizePreset.PRINT_SCALE}, {320, 320, 1}, {640, 360, 1}};

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static BriefingSlides slides(Dataset d, Briefing b, double[] size, boolean panels) {
        ViewSpec template = new ViewSpec(new ViewSpec.DatasetRef("data.json", d.title(), "0".repeat(64)),
                ExportContent.defaultRange(d), LaneGrouping.ORGANISATION, EventFilter.NONE, "light", (int) size[0],
                (int) size[1], size[2], null, null, true, true, panels);
        return new BriefingSlides(d, b, template, Locale.US, 0);
    }

    private static SnapshotLayout layout(BriefingSlides slides, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new SnapshotComposer().layout(slides.slide(index))).get();
    }

    private static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        return inner.getMinX() >= outer.getMinX() - 0.01 && inner.getMinY() >= outer.getMinY() - 0.01
                && inner.getMaxX() <= outer.getMaxX() + 0.01 && inner.getMaxY() <= outer.getMaxY() + 0.01;
    }

    private static void assertClean(SnapshotLayout layout, String what) {
        Rectangle2D image = new Rectangle2D(0, 0, layout.width(), layout.height());
        CardPiece card = layout.card();
        assertNotNull(card, what + ": a caption card");
        Rectangle2D timeline = layout.timeline();
        assertTrue(contains(image, timeline), what + ": timeline inside the image");
        // At the smallest layout (320) the legend, not the card, takes most of the height; the card is one line.
        double room = layout.height() / layout.scale() >= 360 ? 0.3 : 0.15;
        assertTrue(timeline.getHeight() >= room * layout.height(), what + ": the timeline keeps room " + timeline);
        assertFalse(card.bounds().intersects(timeline), what + ": card " + card.bounds() + " clear of the timeline");
        List<TextPiece> caption = layout.texts("caption");
        assertFalse(caption.isEmpty(), what + ": caption text");
        assertTrue(caption.size() <= SnapshotComposer.MAX_CAPTION_LINES, what);
        List<Piece> others = layout.pieces().stream().filter(p -> p != card && !(p instanceof RulePiece)).toList();
        for (Piece p : others) {
            assertTrue(contains(image, p.bounds()), what + ": " + p + " inside the image");
            assertFalse(p.bounds().intersects(timeline), what + ": " + p + " clear of the timeline");
            boolean inCard = p instanceof TextPiece t && (t.role().equals("caption") || t.role().equals("caption-detail"));
            if (inCard) {
                assertTrue(contains(card.bounds(), p.bounds()), what + ": " + p + " inside the card");
            } else {
                assertFalse(p.bounds().intersects(card.bounds()), what + ": " + p + " (legend, title…) clear of the card");
            }
        }
        for (int i = 0; i < others.size(); i++) {
            for (int j = i + 1; j < others.size(); j++) {
                assertFalse(others.get(i).bounds().intersects(others.get(j).bounds()),
                        what + ": " + others.get(i) + " overlaps " + others.get(j));
            }
        }
        TextPiece subtitle = layout.texts("subtitle").get(0);
        assertTrue(caption.get(0).font().getSize() > subtitle.font().getSize(), what + ": the caption is prominent");
    }

    @Test
    void everyStepOfTheCuratedBriefingLaysOutCleanlyAtEverySize() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        Briefing b = d.defaultBriefing();
        for (double[] size : SIZES) {
            for (boolean panels : new boolean[] {false, true}) {
                BriefingSlides slides = slides(d, b, size, panels);
                for (int i = 0; i < b.steps().size(); i++) {
                    String what = (int) size[0] + "×" + (int) size[1] + (panels ? " with panels" : "") + ", step " + (i + 1);
                    SnapshotLayout layout = layout(slides, i);
                    assertClean(layout, what);
                    String title = layout.texts("title").get(0).text();
                    if (size[0] / size[2] >= 1000) {
                        assertEquals(b.title(), title, what + ": the whole title at a preset size");
                    } else {
                        assertTrue(title.equals(b.title())
                                || title.endsWith("…") && b.title().startsWith(title.replace("…", "")), what);
                    }
                    assertEquals((i + 1) + " / 12", layout.texts("progress").get(0).text(), what);
                }
            }
        }
    }

    @Test
    void aSlidesTimelineHasThePresentingTypeAndAPlainExportItsOwn() {
        Dataset d = BundledDataset.load().dataset();
        BriefingSlides slides = slides(d, d.defaultBriefing(), SIZES[1], false);
        assertEquals(TimelineStyle.PRESENTING_FONT_SIZE, slides.slide(0).style().fontSize(), "read across a room");
        assertEquals(TimelineStyle.light().fontSize(), ExportContent.of(d, slides.slide(0).spec(), Locale.US, 0)
                .style().fontSize(), "an export keeps the window's type");
    }

    @Test
    void aVeryLongCaptionIsCutToItsLinesWithAnEllipsis() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        String caption = "An unusually long caption that keeps going about organisations, regions and dates ".repeat(12);
        Briefing b = new Briefing("long", "A briefing with a long title that goes on and on and on ".repeat(3),
                List.of(new BriefingStep("ussf-established", null, null, List.of("ussf"), List.of(), caption, null)));
        for (double[] size : SIZES) {
            String what = (int) size[0] + "×" + (int) size[1];
            SnapshotLayout layout = layout(slides(d, b, size, true), 0);
            assertClean(layout, what);
            List<TextPiece> lines = layout.texts("caption");
            assertEquals(SnapshotComposer.captionLines(size[1] / size[2]), lines.size(), what);
            assertTrue(lines.get(lines.size() - 1).text().endsWith("…"), what);
            assertTrue(lines.get(0).text().startsWith("An unusually long caption"), what);
        }
    }

    @Test
    void smallSlidesAllowFewerCaptionLines() {
        assertEquals(1, SnapshotComposer.captionLines(320));
        assertEquals(2, SnapshotComposer.captionLines(480));
        assertEquals(3, SnapshotComposer.captionLines(720));
        assertEquals(3, SnapshotComposer.captionLines(2160));
    }

    @Test
    void theStepsOrganisationsAreMarkedInThePanels() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        Briefing b = new Briefing("one", "One step", List.of(new BriefingStep("ussf-established", null, null,
                List.of("ussf"), List.of(), "Founding", null)));
        SnapshotLayout layout = layout(slides(d, b, SIZES[1], true), 0);
        TextPiece ussf = layout.texts("panel").stream().filter(t -> t.text().equals("USSF")).findFirst().orElseThrow();
        TextPiece dod = layout.texts("panel").stream().filter(t -> t.text().equals("DoD")).findFirst().orElseThrow();
        assertEquals(javafx.scene.text.FontWeight.BOLD.name(), fontWeight(ussf), "highlighted: bold");
        assertFalse(fontWeight(dod).equals(javafx.scene.text.FontWeight.BOLD.name()), "not highlighted: regular");
        assertEquals("20 Dec 2019 · U.S. Space Force established · Established",
                layout.texts("caption-detail").get(0).text());
    }

    private static String fontWeight(TextPiece t) {
        return t.font().getStyle().toUpperCase(Locale.ROOT).contains("BOLD") ? "BOLD" : "REGULAR";
    }
}
