package org.sightline.view.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import org.sightline.model.DateLabels;
import org.sightline.model.TimelineEvent;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.SnapshotLayout.CardPiece;
import org.sightline.view.export.SnapshotLayout.BandPiece;
import org.sightline.view.export.SnapshotLayout.GlyphPiece;
import org.sightline.view.export.SnapshotLayout.Piece;
import org.sightline.view.export.SnapshotLayout.RulePiece;
import org.sightline.view.export.SnapshotLayout.SwatchPiece;
import org.sightline.view.export.SnapshotLayout.TextPiece;
import org.sightline.view.timeline.StatusGlyphs;
import org.sightline.view.timeline.TimelineRenderer;
import org.sightline.view.timeline.TimelineStyle;

/**
 * Lays out and draws a snapshot like a slide: title and subtitle, the timeline (drawn by
 * {@link TimelineRenderer}), optional organisation and region panels beside it ({@link SnapshotPanels}), a
 * legend of organisation colours and status symbols ({@link SnapshotLegend}) and a footer (dataset, "data as
 * of", sources). Everything is sized in
 * layout units times the spec's scale; text is drawn at the scaled font size, never through a transform.
 * Must be used on the FX thread.
 */
public final class SnapshotComposer {

    /** Longest caption drawn on a slide, in lines; longer text ends in "…". */
    static final int MAX_CAPTION_LINES = 3;

    /** Caption lines allowed at a layout height: fewer on small slides, so the timeline keeps its room. */
    static int captionLines(double layoutHeight) {
        return (int) clamp(Math.floor(layoutHeight / 240), 1, MAX_CAPTION_LINES);
    }

    private final TimelineRenderer renderer;
    private final TextMeasurer measurer = new TextMeasurer();
    private final SnapshotLegend legend = new SnapshotLegend(measurer);
    private final SnapshotPanels panels = new SnapshotPanels(measurer);

    public SnapshotComposer() {
        this(new TimelineRenderer());
    }

    public SnapshotComposer(TimelineRenderer renderer) {
        this.renderer = renderer;
    }

    /** Draws the whole snapshot into {@code gc}, whose origin is the image's top-left pixel. */
    public SnapshotLayout draw(GraphicsContext gc, ExportContent c) {
        SnapshotLayout layout = layout(c);
        draw(gc, c, layout);
        return layout;
    }

    public void draw(GraphicsContext gc, ExportContent c, SnapshotLayout layout) {
        TimelineStyle style = c.style();
        gc.save();
        gc.setFill(style.background());
        gc.fillRect(0, 0, layout.width(), layout.height());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        for (Piece p : layout.pieces()) {
            if (p instanceof TextPiece text) {
                gc.setFont(text.font());
                gc.setFill(text.color());
                gc.fillText(text.text(), text.x(), text.y());
            } else if (p instanceof SwatchPiece sw) {
                gc.setFill(sw.color());
                gc.fillRect(sw.x(), sw.y(), sw.width(), sw.height());
                gc.setStroke(sw.outline());
                gc.setLineWidth(Math.max(1, sw.height() / 12));
                gc.strokeRect(sw.x(), sw.y(), sw.width(), sw.height());
            } else if (p instanceof BandPiece b) {
                StatusGlyphs.drawPrecisionBand(gc, b.x(), b.y(), b.width(), b.height(), b.color());
            } else if (p instanceof GlyphPiece g) {
                StatusGlyphs.draw(gc, g.status(), g.cx(), g.cy(), g.size(), g.color(), style.background());
            } else if (p instanceof CardPiece card) {
                gc.setFill(card.fill());
                gc.fillRect(card.x(), card.y(), card.width(), card.height());
                gc.setFill(card.accent());
                gc.fillRect(card.x(), card.y(), card.barWidth(), card.height());
            } else if (p instanceof RulePiece r) {
                gc.setFill(r.color());
                gc.fillRect(r.x(), r.y() - r.thickness() / 2, r.width(), r.thickness());
            }
        }
        gc.restore();
        // The timeline last: drawing after a clip (the renderer clips to its rectangle) is several times
        // slower in the software pipeline, and nothing else overlaps the timeline.
        Rectangle2D t = layout.timeline();
        renderer.render(gc, t.getMinX(), t.getMinY(), t.getWidth(), t.getHeight(), layout.scale(), c.frame(),
                c.spec().firstLane());
    }

    /** Computes where everything goes for the spec's pixel size and scale. */
    public SnapshotLayout layout(ExportContent c) {
        ViewSpec spec = c.spec();
        TimelineStyle style = c.style();
        double s = spec.scale();
        double width = spec.pixelWidth();
        double height = spec.pixelHeight();
        double lw = spec.layoutWidth();
        double lh = spec.layoutHeight();
        String family = style.fontFamily();
        double margin = clamp(Math.min(lw, lh) * 0.035, 14, 44) * s;
        double titleSize = clamp(lw / 52, 18, 34);
        Font titleFont = Font.font(family, FontWeight.BOLD, titleSize * s);
        Font subtitleFont = Font.font(family, clamp(titleSize * 0.56, 12, 19) * s);
        double body = clamp(lw / 125, 11, 14);
        Font bodyFont = Font.font(family, body * s);
        Font headingFont = Font.font(family, FontWeight.BOLD, body * s);
        Font footFont = Font.font(family, clamp(body - 1.5, 9.5, 12) * s);

        List<Piece> pieces = new ArrayList<>();
        double contentWidth = width - 2 * margin;
        double y = margin;
        double titleWidth = contentWidth;
        if (c.slide() != null) {
            Font progressFont = Font.font(family, FontWeight.BOLD, clamp(titleSize * 0.72, 14, 26) * s);
            String progress = c.slide().progress();
            double pw = measurer.width(progress, progressFont);
            double ph = lineHeight(progressFont);
            pieces.add(new TextPiece("progress", progress, progressFont, style.mutedInk(), margin + contentWidth - pw,
                    y + (lineHeight(titleFont) - ph) / 2, pw, ph));
            titleWidth -= pw + 1.5 * titleFont.getSize();
        }
        y += addLine(pieces, "title", c.title(), titleFont, style.ink(), margin, y, titleWidth);
        y += 2 * s;
        y += addLine(pieces, "subtitle", c.subtitle(), subtitleFont, style.mutedInk(), margin, y, contentWidth);
        double top = y + margin * 0.5;
        if (c.slide() != null) {
            Font captionFont = Font.font(family, clamp(lw / 70, 15, 28) * s);
            Font detailFont = Font.font(family, FontWeight.BOLD, clamp(titleSize * 0.56, 12, 19) * s);
            top = captionCard(c, pieces, detailFont, captionFont, margin, top, contentWidth, s) + margin * 0.5;
        }

        double bottom = height - margin;
        double footerBottom = bottom;
        if (spec.footer()) {
            bottom = footerTop(footFont, bottom, s); // its text once the timeline knows which lanes it draws
        }
        if (spec.legend()) {
            bottom = legend.add(c, pieces, bodyFont, headingFont, margin, bottom, contentWidth, s);
        }
        double timelineX = margin;
        double timelineWidth = contentWidth;
        if (spec.panels()) {
            double panelWidth = clamp(lw * 0.2, 160, 300) * s;
            panels.add(c, pieces, bodyFont, headingFont, new Rectangle2D(margin, top, panelWidth, Math.max(1, bottom - top)),
                    s);
            double gap = margin * 0.6;
            timelineX += panelWidth + gap;
            timelineWidth -= panelWidth + gap;
        }
        // Whole pixels: a clip with fractional edges takes a much slower path in the software pipeline.
        double x0 = Math.ceil(timelineX);
        double y0 = Math.ceil(top);
        double x1 = Math.floor(timelineX + timelineWidth);
        double y1 = Math.floor(bottom);
        Rectangle2D timeline = new Rectangle2D(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        int lanesLeftOut = renderer.lanesLeftOut(c.frame(), spec.firstLane(), timeline.getMinX(), timeline.getMinY(), timeline.getWidth(),
                timeline.getHeight(), s);
        // The image counts what it shows: not the events of lanes left out for want of room.
        List<TimelineEvent> drawn = lanesLeftOut == 0 ? c.shown()
                : c.shown().stream().filter(renderer::drawsLaneOf).toList();
        if (spec.footer()) {
            footer(c, drawn, lanesLeftOut == 0 ? c.sourceCount() : Dataset.distinctSources(drawn), pieces, footFont,
                    margin, footerBottom, contentWidth, s);
        }
        return new SnapshotLayout(width, height, s, timeline, pieces, lanesLeftOut, drawn.size());
    }

    /** The slide's caption card at (x, y), full width: the event line, then the caption wrapped; returns its bottom. */
    private double captionCard(ExportContent c, List<Piece> pieces, Font detailFont, Font captionFont, double x,
                               double y, double width, double s) {
        ExportContent.Slide slide = c.slide();
        TimelineStyle style = c.style();
        double pad = captionFont.getSize() * 0.65;
        double bar = Math.max(2, Math.round(5 * s));
        double textX = x + bar + pad;
        double textWidth = width - bar - 2 * pad;
        List<Piece> inside = new ArrayList<>();
        double ty = y + pad;
        if (!slide.detail().isEmpty()) {
            ty += addLine(inside, "caption-detail", slide.detail(), detailFont, style.mutedInk(), textX, ty, textWidth);
            ty += pad * 0.35;
        }
        double lineHeight = lineHeight(captionFont);
        for (String line : measurer.wrap(slide.caption(), captionFont, textWidth,
                captionLines(c.spec().layoutHeight()))) {
            inside.add(new TextPiece("caption", line, captionFont, style.ink(), textX, ty,
                    measurer.width(line, captionFont), lineHeight));
            ty += lineHeight;
        }
        double height = ty + pad - y;
        Color fill = style.background().interpolate(style.ink(), 0.07);
        pieces.add(new CardPiece(x, y, width, height, bar, fill, style.ink()));
        pieces.addAll(inside);
        return y + height;
    }

    /** Adds one fitted line of text at (x, y) and returns its height. */
    private double addLine(List<Piece> pieces, String role, String text, Font font, Color color, double x, double y,
                           double maxWidth) {
        TextPiece line = TextPiece.line(measurer, role, text, font, color, x, y, maxWidth);
        pieces.add(line);
        return line.height();
    }

    private double lineHeight(Font font) {
        return measurer.height(font);
    }

    /** The top of the footer (its rule and the gap above it) when it ends at {@code bottom}. */
    private double footerTop(Font font, double bottom, double s) {
        return bottom - lineHeight(font) - 6 * s - 8 * s;
    }

    /** The footer: dataset, data as of, sources cited and events shown (of {@code drawn}), and the checksum. */
    private void footer(ExportContent c, List<TimelineEvent> drawn, int sources, List<Piece> pieces, Font font,
                        double margin, double bottom, double contentWidth, double s) {
        TimelineStyle style = c.style();
        Dataset d = c.dataset();
        ViewSpec spec = c.spec();
        double h = lineHeight(font);
        double y = bottom - h;
        StringBuilder left = new StringBuilder(d.title());
        if (!spec.dataset().name().equals(d.title())) {
            left.append(" (").append(spec.dataset().name()).append(')');
        }
        if (d.dataAsOf() != null) {
            left.append(" · data as of ").append(DateLabels.format(d.dataAsOf(), c.locale()));
        }
        left.append(" · ").append(Counted.of(sources, "source")).append(" cited");
        left.append(" · ").append(Counted.number(drawn.size())).append(" of ").append(Counted.of(d.events().size(), "event"))
                .append(" shown");
        if (!spec.filter().isEmpty()) {
            left.append(" (filtered)");
        }
        String right = "Sightline" + (spec.dataset().sha256() == null ? ""
                : " · sha256 " + spec.dataset().sha256().substring(0, 12));
        double rightWidth = measurer.width(right, font);
        double gap = 2 * font.getSize();
        double leftMax = contentWidth - rightWidth - gap;
        double leftWidth = measurer.width(left.toString(), font);
        if (leftWidth > leftMax) {
            leftMax = contentWidth;
            right = null;
        }
        addLine(pieces, "footer", left.toString(), font, style.mutedInk(), margin, y, leftMax);
        if (right != null) {
            pieces.add(new TextPiece("footer", right, font, style.mutedInk(), margin + contentWidth - rightWidth, y,
                    rightWidth, h));
        }
        double ruleY = y - 6 * s;
        pieces.add(new RulePiece(margin, ruleY, contentWidth, Math.max(1, s), style.gridLine()));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
