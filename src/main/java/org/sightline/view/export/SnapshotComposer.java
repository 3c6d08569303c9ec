package org.sightline.view.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sightline.model.Dataset;
import org.sightline.model.DateLabels;
import org.sightline.model.EventStatus;
import org.sightline.model.Hierarchy;
import org.sightline.model.HierarchyNode;
import org.sightline.model.Organisation;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.SnapshotLayout.CardPiece;
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
 * {@link TimelineRenderer}), optional organisation and region panels beside it, a legend (organisation
 * colours and status symbols) and a footer (dataset, "data as of", sources). Everything is sized in
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
        renderer.render(gc, t.getMinX(), t.getMinY(), t.getWidth(), t.getHeight(), layout.scale(), c.frame());
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
        if (spec.footer()) {
            bottom = footer(c, pieces, footFont, margin, bottom, contentWidth, s);
        }
        if (spec.legend()) {
            bottom = legend(c, pieces, bodyFont, headingFont, margin, bottom, contentWidth, s);
        }
        double timelineX = margin;
        double timelineWidth = contentWidth;
        if (spec.panels()) {
            double panelWidth = clamp(lw * 0.2, 160, 300) * s;
            panels(c, pieces, bodyFont, headingFont, new Rectangle2D(margin, top, panelWidth, Math.max(1, bottom - top)), s);
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
        int lanesLeftOut = renderer.lanesLeftOut(c.frame(), timeline.getMinX(), timeline.getMinY(), timeline.getWidth(),
                timeline.getHeight(), s);
        return new SnapshotLayout(width, height, s, timeline, pieces, lanesLeftOut);
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
        String fitted = measurer.fit(text, font, maxWidth);
        double h = lineHeight(font);
        pieces.add(new TextPiece(role, fitted, font, color, x, y, measurer.width(fitted, font), h));
        return h;
    }

    private double lineHeight(Font font) {
        return measurer.height(font);
    }

    private double footer(ExportContent c, List<Piece> pieces, Font font, double margin, double bottom,
                          double contentWidth, double s) {
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
        int sources = c.sourceCount();
        left.append(" · ").append(sources).append(sources == 1 ? " source" : " sources").append(" cited");
        left.append(" · ").append(c.shown().size()).append(" of ").append(d.events().size()).append(" events shown");
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
        return ruleY - 8 * s;
    }

    /** An entry of the legend: a swatch, a status glyph or the today line's mark, then a label. */
    private record Entry(String label, Color swatch, EventStatus status, boolean today) {
    }

    private double legend(ExportContent c, List<Piece> pieces, Font font, Font headingFont, double margin,
                          double bottom, double contentWidth, double s) {
        TimelineStyle style = c.style();
        List<Entry> orgs = new ArrayList<>();
        for (Map.Entry<String, Color> e : colourOwners(c).entrySet()) {
            orgs.add(new Entry(e.getKey(), e.getValue(), null, false));
        }
        List<Entry> statuses = new ArrayList<>();
        Set<EventStatus> present = EnumSet.noneOf(EventStatus.class);
        c.shown().forEach(e -> present.add(e.status()));
        for (EventStatus st : present) {
            statuses.add(new Entry(st.label(), null, st, false));
        }
        TimeWindow window = c.frame().window();
        if (c.nowMillis() >= window.startMillis() && c.nowMillis() < window.endMillis()) {
            // The axis labels the today line only where there is room, so the legend says what it is.
            statuses.add(new Entry("Today", null, null, true));
        }
        if (orgs.isEmpty() && statuses.isEmpty()) {
            return bottom;
        }
        double size = font.getSize();
        double mark = size * 0.95;
        double markGap = size * 0.45;
        double itemGap = size * 1.3;
        double rowHeight = Math.max(lineHeight(font), mark) + size * 0.5;
        List<List<Object[]>> rows = new ArrayList<>();
        List<List<Entry>> groups = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        if (!orgs.isEmpty()) {
            groups.add(orgs);
            headings.add("Organisations");
        }
        if (!statuses.isEmpty()) {
            groups.add(statuses);
            headings.add("Status");
        }
        // Each row is a list of {heading-or-entry, x}; a group starts a new row unless everything fits on one.
        double total = 0;
        for (int g = 0; g < groups.size(); g++) {
            total += measurer.width(headings.get(g), headingFont) + markGap + (g > 0 ? itemGap * 1.5 : 0);
            for (Entry e : groups.get(g)) {
                total += markWidth(e, mark) + markGap + measurer.width(e.label(), font) + itemGap;
            }
        }
        boolean oneRow = total - itemGap <= contentWidth;
        List<Object[]> row = null;
        double x = 0;
        for (int g = 0; g < groups.size(); g++) {
            String heading = headings.get(g);
            double hw = measurer.width(heading, headingFont);
            if (row == null || !oneRow) {
                row = new ArrayList<>();
                rows.add(row);
                x = 0;
            } else {
                x += itemGap * 0.5;
            }
            row.add(new Object[] {heading, x});
            x += hw + markGap * 2;
            double indent = x;
            for (Entry e : groups.get(g)) {
                double labelMax = contentWidth - indent - markWidth(e, mark) - markGap;
                String label = measurer.fit(e.label(), font, Math.max(size, labelMax));
                double w = markWidth(e, mark) + markGap + measurer.width(label, font);
                if (x + w > contentWidth && x > indent) {
                    row = new ArrayList<>();
                    rows.add(row);
                    x = indent;
                }
                row.add(new Object[] {new Entry(label, e.swatch(), e.status(), e.today()), x});
                x += w + itemGap;
            }
        }
        double legendTop = bottom - rows.size() * rowHeight;
        for (int r = 0; r < rows.size(); r++) {
            double rowY = legendTop + r * rowHeight;
            double cy = rowY + rowHeight / 2;
            for (Object[] item : rows.get(r)) {
                double ix = margin + (double) item[1];
                if (item[0] instanceof String heading) {
                    double h = lineHeight(headingFont);
                    pieces.add(new TextPiece("legend", heading, headingFont, style.mutedInk(), ix, cy - h / 2,
                            measurer.width(heading, headingFont), h));
                    continue;
                }
                Entry e = (Entry) item[0];
                if (e.status() != null) {
                    pieces.add(new GlyphPiece(e.status(), ix + mark / 2, cy, mark, style.ink()));
                } else if (e.today()) {
                    pieces.add(new RulePiece(ix + mark * 0.2, cy, Math.max(1.5, 2 * s), mark, style.todayLine()));
                } else {
                    pieces.add(new SwatchPiece(ix, cy - mark * 0.35, markWidth(e, mark), mark * 0.7, e.swatch(),
                            style.ink()));
                }
                double h = lineHeight(font);
                double tx = ix + markWidth(e, mark) + markGap;
                pieces.add(new TextPiece("legend", e.label(), font, style.ink(), tx, cy - h / 2,
                        measurer.width(e.label(), font), h));
            }
        }
        return legendTop - 8 * s;
    }

    private static double markWidth(Entry e, double mark) {
        return e.today() ? mark * 0.5 : e.status() != null ? mark : mark * 1.6;
    }

    /**
     * The organisations whose colours the shown events carry (an event takes its first organisation's
     * colour, or the nearest ancestor's), by short name in file order; "Other" for the fallback colour.
     */
    Map<String, Color> colourOwners(ExportContent c) {
        Dataset d = c.dataset();
        Hierarchy<Organisation> orgs = d.organisations();
        Set<String> owners = new java.util.HashSet<>();
        boolean fallback = false;
        for (TimelineEvent e : c.shown()) {
            String primary = d.primaryOrganisationOf(e);
            String owner = null;
            if (primary != null) {
                for (Organisation o : orgs.pathToRoot(primary)) {
                    if (o.color() != null) {
                        owner = o.id();
                        break;
                    }
                }
            }
            if (owner == null) {
                fallback = true;
            } else {
                owners.add(owner);
            }
        }
        Map<String, Color> out = new LinkedHashMap<>();
        for (Organisation o : orgs.all()) {
            if (owners.contains(o.id())) {
                out.put(o.shortName(), c.style().colorFor(d, o.id()));
            }
        }
        if (fallback) {
            out.put("Other", c.style().fallbackEventColor());
        }
        return out;
    }

    private void panels(ExportContent c, List<Piece> pieces, Font font, Font headingFont, Rectangle2D area, double s) {
        TimelineStyle style = c.style();
        Dataset d = c.dataset();
        double rowHeight = lineHeight(font) + font.getSize() * 0.4;
        double headingHeight = lineHeight(headingFont) + font.getSize() * 0.5;
        Set<String> hiOrgs = c.slide() == null ? Set.of() : d.organisations().withDescendants(c.slide().organisations());
        Set<String> hiRegions = c.slide() == null ? Set.of() : d.regions().withDescendants(c.slide().regions());
        List<PanelRow> orgRows = rows(d.organisations(), c.shown(), TimelineEvent::organisationIds,
                Organisation::shortName, id -> style.colorFor(d, id), hiOrgs);
        List<PanelRow> regionRows = rows(d.regions(), c.shown(), TimelineEvent::regionIds,
                HierarchyNode::name, id -> null, hiRegions);
        double gap = font.getSize();
        int available = (int) Math.floor((area.getHeight() - 2 * headingHeight - gap) / rowHeight);
        available = Math.max(2, available);
        int forRegions = Math.min(regionRows.size(), Math.max(available / 2, available - orgRows.size()));
        int forOrgs = Math.max(1, available - forRegions);
        double y = area.getMinY();
        y = panel(pieces, "Organisations", orgRows, forOrgs, font, headingFont, area, y, rowHeight, headingHeight, style, s);
        y += gap;
        panel(pieces, "Regions", regionRows, Math.max(1, available - Math.min(forOrgs, orgRows.size())), font,
                headingFont, area, y, rowHeight, headingHeight, style, s);
    }

    /** A panel row; on a slide, a highlighted row is bold and the others are muted. */
    private record PanelRow(String label, int depth, int count, Color color, boolean highlighted) {
    }

    private double panel(List<Piece> pieces, String heading, List<PanelRow> rows, int maxRows, Font font,
                         Font headingFont, Rectangle2D area, double y, double rowHeight, double headingHeight,
                         TimelineStyle style, double s) {
        if (y + headingHeight > area.getMaxY()) {
            return y;
        }
        addLine(pieces, "panel", heading, headingFont, style.ink(), area.getMinX(), y, area.getWidth());
        pieces.add(new RulePiece(area.getMinX(), y + headingHeight - font.getSize() * 0.2, area.getWidth(),
                Math.max(1, s), style.gridLine()));
        y += headingHeight;
        int shown = rows.size() <= maxRows ? rows.size() : Math.max(0, maxRows - 1);
        boolean anyHighlighted = rows.stream().anyMatch(PanelRow::highlighted);
        double size = font.getSize();
        double mark = size * 0.8;
        for (int i = 0; i < shown && y + rowHeight <= area.getMaxY() + 0.5; i++) {
            PanelRow row = rows.get(i);
            double x = area.getMinX() + row.depth() * size;
            double cy = y + rowHeight / 2;
            if (row.color() != null) {
                pieces.add(new SwatchPiece(x, cy - mark * 0.35, mark * 1.4, mark * 0.7, row.color(), style.ink()));
                x += mark * 1.4 + size * 0.4;
            }
            String count = Integer.toString(row.count());
            double countWidth = measurer.width(count, font);
            double h = lineHeight(font);
            pieces.add(new TextPiece("panel", count, font, style.mutedInk(), area.getMaxX() - countWidth, cy - h / 2,
                    countWidth, h));
            Font labelFont = row.highlighted() ? headingFont : font;
            Color labelColor = anyHighlighted && !row.highlighted() ? style.mutedInk() : style.ink();
            String label = measurer.fit(row.label(), labelFont, Math.max(0, area.getMaxX() - countWidth - size * 0.6 - x));
            pieces.add(new TextPiece("panel", label, labelFont, labelColor, x, cy - h / 2,
                    measurer.width(label, labelFont), h));
            y += rowHeight;
        }
        if (shown < rows.size() && y + rowHeight <= area.getMaxY() + 0.5) {
            addLine(pieces, "panel", "+" + (rows.size() - shown) + " more", font, style.mutedInk(), area.getMinX(),
                    y + (rowHeight - lineHeight(font)) / 2, area.getWidth());
            y += rowHeight;
        }
        return y;
    }

    /** Tree rows of the nodes that have shown events at or below them, depth-first in file order. */
    private <T extends HierarchyNode> List<PanelRow> rows(Hierarchy<T> tree, List<TimelineEvent> events,
                                                          Function<TimelineEvent, List<String>> ids,
                                                          Function<T, String> label, Function<String, Color> color,
                                                          Set<String> highlighted) {
        Map<String, Set<String>> counts = new HashMap<>();
        for (TimelineEvent e : events) {
            for (String id : ids.apply(e)) {
                for (T node : tree.pathToRoot(id)) {
                    counts.computeIfAbsent(node.id(), k -> new java.util.HashSet<>()).add(e.id());
                }
            }
        }
        List<PanelRow> out = new ArrayList<>();
        for (T root : tree.roots()) {
            addRows(tree, root, 0, counts, label, color, highlighted, out);
        }
        return out;
    }

    private <T extends HierarchyNode> void addRows(Hierarchy<T> tree, T node, int depth, Map<String, Set<String>> counts,
                                                   Function<T, String> label, Function<String, Color> color,
                                                   Set<String> highlighted, List<PanelRow> out) {
        Set<String> events = counts.get(node.id());
        if (events == null || depth > 16) {
            return;
        }
        out.add(new PanelRow(label.apply(node), depth, events.size(), color.apply(node.id()),
                highlighted.contains(node.id())));
        for (T child : tree.childrenOf(node.id())) {
            addRows(tree, child, depth + 1, counts, label, color, highlighted, out);
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
