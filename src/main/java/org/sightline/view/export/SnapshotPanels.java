package org.sightline.view.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.sightline.model.Dataset;
import org.sightline.model.Hierarchy;
import org.sightline.model.HierarchyNode;
import org.sightline.model.Organisation;
import org.sightline.model.TimelineEvent;
import org.sightline.view.export.SnapshotLayout.Piece;
import org.sightline.view.export.SnapshotLayout.RulePiece;
import org.sightline.view.export.SnapshotLayout.SwatchPiece;
import org.sightline.view.export.SnapshotLayout.TextPiece;
import org.sightline.view.timeline.TimelineStyle;

/**
 * Lays out a snapshot's organisation and region panels beside the timeline, as the window's trees show them:
 * the nodes that have shown events, with their counts; on a slide the step's highlights in bold.
 */
final class SnapshotPanels {

    private final TextMeasurer measurer;

    SnapshotPanels(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /**
     * Adds the organisation panel above the region panel in {@code area}: the nodes with shown events, indented
     * as trees, with their counts; the space is shared so that neither takes it all.
     */
    void add(ExportContent c, List<Piece> pieces, Font font, Font headingFont, Rectangle2D area, double s) {
        TimelineStyle style = c.style();
        Dataset d = c.dataset();
        double rowHeight = measurer.height(font) + font.getSize() * 0.4;
        double headingHeight = measurer.height(headingFont) + font.getSize() * 0.5;
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
        pieces.add(TextPiece.line(measurer, "panel", heading, headingFont, style.ink(), area.getMinX(), y,
                area.getWidth()));
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
            double h = measurer.height(font);
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
            pieces.add(TextPiece.line(measurer, "panel", "+" + (rows.size() - shown) + " more", font, style.mutedInk(),
                    area.getMinX(), y + (rowHeight - measurer.height(font)) / 2, area.getWidth()));
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
                    counts.computeIfAbsent(node.id(), k -> new HashSet<>()).add(e.id());
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
}
