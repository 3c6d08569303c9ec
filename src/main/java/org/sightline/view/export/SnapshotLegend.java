package org.sightline.view.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Hierarchy;
import org.sightline.model.Organisation;
import org.sightline.model.Precision;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.view.export.SnapshotLayout.BandPiece;
import org.sightline.view.export.SnapshotLayout.GlyphPiece;
import org.sightline.view.export.SnapshotLayout.Piece;
import org.sightline.view.export.SnapshotLayout.RulePiece;
import org.sightline.view.export.SnapshotLayout.SwatchPiece;
import org.sightline.view.export.SnapshotLayout.TextPiece;
import org.sightline.view.timeline.EventText;
import org.sightline.view.timeline.TimelineLayout;
import org.sightline.view.timeline.TimelineStyle;

/** Lays out a snapshot's legend: organisation colours, status symbols and the today line, each with its label. */
final class SnapshotLegend {

    private final TextMeasurer measurer;

    SnapshotLegend(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** A legend row's item at x: a group's heading, or an entry. */
    private record Placed(String heading, Entry entry, double x) {
    }

    /** An entry of the legend: a swatch, a status glyph, the hatched band or the today line's mark, then a label. */
    private record Entry(String label, Color swatch, EventStatus status, boolean today, boolean band) {
    }

    /**
     * Adds the legend above {@code bottom}, {@code contentWidth} wide from x = {@code margin}: the organisations
     * whose colours the shown events carry, then the statuses shown (and the today line when it is in the
     * window), each group after its heading, on one row when all fit, else a row per group, wrapped. Returns
     * the y above it.
     */
    double add(ExportContent c, List<Piece> pieces, Font font, Font headingFont, double margin, double bottom,
               double contentWidth, double s) {
        TimelineStyle style = c.style();
        List<Entry> orgs = new ArrayList<>();
        for (Map.Entry<String, Color> e : colourOwners(c).entrySet()) {
            orgs.add(new Entry(e.getKey(), e.getValue(), null, false, false));
        }
        List<Entry> statuses = new ArrayList<>();
        Set<EventStatus> present = EnumSet.noneOf(EventStatus.class);
        c.shown().forEach(e -> present.add(e.status()));
        for (EventStatus st : present) {
            statuses.add(new Entry(st.label(), null, st, false, false));
        }
        TimeWindow window = c.frame().window();
        if (drawsBands(c, contentWidth, s)) {
            statuses.add(new Entry("Month/year/day only", null, null, false, true));
        }
        if (c.nowMillis() >= window.startMillis() && c.nowMillis() < window.endMillis()) {
            // The axis labels the today line only where there is room, so the legend says what it is.
            statuses.add(new Entry("Today", null, null, true, false));
        }
        if (orgs.isEmpty() && statuses.isEmpty()) {
            return bottom;
        }
        double size = font.getSize();
        double mark = size * 0.95;
        double markGap = size * 0.45;
        double itemGap = size * 1.3;
        double rowHeight = Math.max(measurer.height(font), mark) + size * 0.5;
        List<List<Placed>> rows = new ArrayList<>();
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
        // A group starts a new row unless everything fits on one.
        double total = 0;
        for (int g = 0; g < groups.size(); g++) {
            total += measurer.width(headings.get(g), headingFont) + markGap + (g > 0 ? itemGap * 1.5 : 0);
            for (Entry e : groups.get(g)) {
                total += markWidth(e, mark) + markGap + measurer.width(e.label(), font) + itemGap;
            }
        }
        boolean oneRow = total - itemGap <= contentWidth;
        List<Placed> row = null;
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
            row.add(new Placed(heading, null, x));
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
                row.add(new Placed(null, new Entry(label, e.swatch(), e.status(), e.today(), e.band()), x));
                x += w + itemGap;
            }
        }
        double legendTop = bottom - rows.size() * rowHeight;
        for (int r = 0; r < rows.size(); r++) {
            double rowY = legendTop + r * rowHeight;
            double cy = rowY + rowHeight / 2;
            for (Placed item : rows.get(r)) {
                double ix = margin + item.x();
                if (item.heading() != null) {
                    double h = measurer.height(headingFont);
                    pieces.add(new TextPiece("legend", item.heading(), headingFont, style.mutedInk(), ix, cy - h / 2,
                            measurer.width(item.heading(), headingFont), h));
                    continue;
                }
                Entry e = item.entry();
                if (e.status() != null) {
                    pieces.add(new GlyphPiece(e.status(), ix + mark / 2, cy, mark, style.ink()));
                } else if (e.band()) {
                    pieces.add(new BandPiece(ix, cy - mark * 0.45, markWidth(e, mark), mark * 0.9, style.ink()));
                } else if (e.today()) {
                    pieces.add(new RulePiece(ix + mark * 0.2, cy, Math.max(1.5, 2 * s), mark, style.todayLine()));
                } else {
                    pieces.add(new SwatchPiece(ix, cy - mark * 0.35, markWidth(e, mark), mark * 0.7, e.swatch(),
                            style.ink()));
                }
                double h = measurer.height(font);
                double tx = ix + markWidth(e, mark) + markGap;
                pieces.add(new TextPiece("legend", e.label(), font, style.ink(), tx, cy - h / 2,
                        measurer.width(e.label(), font), h));
            }
        }
        return legendTop - 8 * s;
    }

    /**
     * Whether the timeline draws a hatched band: for an event known only to its month or year, always; for one
     * known only to its day, when a day is wide enough (as {@link TimelineLayout} decides; the plot is narrower
     * than {@code contentWidth}, so this may name the band where a day just misses it, never miss one drawn).
     */
    static boolean drawsBands(ExportContent c, double contentWidth, double s) {
        TimeWindow window = c.frame().window();
        double dayWidth = contentWidth * TimeWindow.DAY / Math.max(1, window.duration());
        boolean daysShow = dayWidth >= 2 * TimelineLayout.MARKER_SIZE * s;
        for (TimelineEvent e : c.shown()) {
            if (EventText.isCoarse(e) || daysShow && !e.isSpan() && e.start().precision() == Precision.DAY) {
                return true;
            }
        }
        return false;
    }

    private static double markWidth(Entry e, double mark) {
        return e.today() ? mark * 0.5 : e.status() != null ? mark : mark * 1.6;
    }

    /**
     * The organisations whose colours the shown events carry (an event takes its first organisation's
     * colour, or the nearest ancestor's), by short name in file order; "Other" for the fallback colour.
     */
    static Map<String, Color> colourOwners(ExportContent c) {
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
}
