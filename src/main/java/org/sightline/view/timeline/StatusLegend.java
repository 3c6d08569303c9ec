package org.sightline.view.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.sightline.model.EventStatus;

/** The legend of status symbols (drawn by {@link StatusGlyphs}, as on the timeline) and of month/year bands. */
public final class StatusLegend extends FlowPane {

    private static final Color GLYPH = Color.web("#4b5563");
    private static final Color GLYPH_DARK = Color.web("#c4cbd4");
    private static final Color PAPER_DARK = Color.web("#15191f");
    private static final double SIZE = 12;

    private final Canvas[] glyphs = new Canvas[EventStatus.values().length];
    private final Canvas band = new Canvas(18, SIZE + 2);

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false) {
        @Override
        protected void invalidated() {
            drawGlyphs();
        }
    };

    public StatusLegend() {
        super(10, 2);
        getStyleClass().add("status-legend");
        for (EventStatus s : EventStatus.values()) {
            glyphs[s.ordinal()] = new Canvas(SIZE + 2, SIZE + 2);
            getChildren().add(item(glyphs[s.ordinal()], s.label(), s.description()));
        }
        getChildren().add(item(band, "Month/year/day only",
                "Hatched band: the date is known only to the month or year (or, zoomed in, only to the day);"
                        + " it covers that whole period"));
        // The today line is labelled in the axis only where the period labels leave room, so the legend
        // says what it is as well.
        Canvas today = new Canvas(8, SIZE + 2);
        today.getGraphicsContext2D().setFill(TimelineStyle.light().todayLine());
        today.getGraphicsContext2D().fillRect(3, 0, 2, SIZE + 2);
        getChildren().add(item(today, "Today", "The red line across the lanes marks today's date"));
        drawGlyphs();
    }

    /** Symbols drawn for a dark background (light ink, dark paper inside hollow ones), as on the dark timeline. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    private void drawGlyphs() {
        Color ink = dark.get() ? GLYPH_DARK : GLYPH;
        Color paper = dark.get() ? PAPER_DARK : Color.WHITE;
        for (EventStatus s : EventStatus.values()) {
            GraphicsContext gc = glyphs[s.ordinal()].getGraphicsContext2D();
            gc.clearRect(0, 0, SIZE + 2, SIZE + 2);
            StatusGlyphs.draw(gc, s, (SIZE + 2) / 2, (SIZE + 2) / 2, SIZE - 1, ink, paper);
        }
        GraphicsContext gc = band.getGraphicsContext2D();
        gc.clearRect(0, 0, band.getWidth(), band.getHeight());
        StatusGlyphs.drawPrecisionBand(gc, 1, 1, 16, SIZE, ink);
    }

    private static Label item(Canvas glyph, String text, String tip) {
        Label label = new Label(text, glyph);
        label.getStyleClass().add("legend-item");
        label.setTooltip(new Tooltip(tip));
        label.setMinWidth(Region.USE_PREF_SIZE); // wrap to a second row rather than cut every item short
        return label;
    }
}
