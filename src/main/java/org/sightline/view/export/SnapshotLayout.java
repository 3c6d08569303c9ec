package org.sightline.view.export;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.sightline.model.EventStatus;

/**
 * Where everything of a snapshot goes, in pixels: the timeline's rectangle and the pieces drawn around it
 * (title, subtitle, legend, footer, panels). Computed once per size, then drawn; tests check it for overlaps.
 */
public record SnapshotLayout(double width, double height, double scale, Rectangle2D timeline, List<Piece> pieces,
                             int lanesLeftOut, int eventsDrawn) {

    public SnapshotLayout {
        pieces = List.copyOf(pieces);
    }

    /** One drawn element with its bounds. */
    public sealed interface Piece permits TextPiece, SwatchPiece, GlyphPiece, BandPiece, RulePiece, CardPiece {
        Rectangle2D bounds();
    }

    /** Single-line text drawn with its top-left at (x, y); {@code height} is the line's box height. */
    public record TextPiece(String role, String text, Font font, Color color, double x, double y, double width,
                            double height) implements Piece {

        /** {@code text} on one line at (x, y), cut with an ellipsis to {@code maxWidth}. */
        static TextPiece line(TextMeasurer measurer, String role, String text, Font font, Color color, double x,
                              double y, double maxWidth) {
            String fitted = measurer.fit(text, font, maxWidth);
            return new TextPiece(role, fitted, font, color, x, y, measurer.width(fitted, font), measurer.height(font));
        }

        @Override
        public Rectangle2D bounds() {
            return new Rectangle2D(x, y, Math.max(0.01, width), height);
        }
    }

    /** A filled bar of an organisation's colour (wider than tall, so it never reads as a status marker). */
    public record SwatchPiece(double x, double y, double width, double height, Color color, Color outline)
            implements Piece {
        @Override
        public Rectangle2D bounds() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    /** A status marker, as the timeline draws it. */
    public record GlyphPiece(EventStatus status, double cx, double cy, double size, Color color) implements Piece {
        @Override
        public Rectangle2D bounds() {
            return new Rectangle2D(cx - size / 2, cy - size / 2, size, size);
        }
    }

    /** A hatched band, the legend's sample of a date known only to its month or year (or day). */
    public record BandPiece(double x, double y, double width, double height, Color color) implements Piece {
        @Override
        public Rectangle2D bounds() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    /** A thin horizontal rule. */
    public record RulePiece(double x, double y, double width, double thickness, Color color) implements Piece {
        @Override
        public Rectangle2D bounds() {
            return new Rectangle2D(x, y - thickness / 2, width, thickness);
        }
    }

    /** A slide's caption card: a filled box with an accent bar on its left; its text pieces lie inside it. */
    public record CardPiece(double x, double y, double width, double height, double barWidth, Color fill,
                            Color accent) implements Piece {
        @Override
        public Rectangle2D bounds() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    /** The caption card, or null when this is not a slide. */
    public CardPiece card() {
        return pieces.stream().filter(p -> p instanceof CardPiece).map(p -> (CardPiece) p).findFirst().orElse(null);
    }

    /** The text pieces with this role ("title", "subtitle", "legend", "footer", "panel", and
     * on slides "progress", "caption-detail", "caption"). */
    public List<TextPiece> texts(String role) {
        return pieces.stream().filter(p -> p instanceof TextPiece t && t.role().equals(role))
                .map(p -> (TextPiece) p).toList();
    }
}
