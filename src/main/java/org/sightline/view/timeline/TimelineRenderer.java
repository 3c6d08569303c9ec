package org.sightline.view.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sightline.model.DateLabels;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Draws the timeline into any GraphicsContext at any size. Every length and font size is multiplied by
 * {@code scale}; text is never drawn through a scale transform (it costs about five times more).
 * <p>
 * PLACEHOLDER: one row per event and year ticks. The timeline issue replaces the internals; the
 * {@link #render} signature is the contract export and briefing slides use.
 */
public final class TimelineRenderer {

    /** Draws the frame into the rectangle (x, y, width, height) of {@code gc}'s coordinate space. */
    public void render(GraphicsContext gc, double x, double y, double width, double height, double scale,
                       TimelineFrame frame) {
        TimelineStyle style = frame.style();
        TimeWindow window = frame.window();
        gc.save();
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.clip();
        gc.setFill(style.background());
        gc.fillRect(x, y, width, height);
        double axisHeight = 28 * scale;
        gc.setFont(Font.font(style.fontFamily(), style.axisFontSize() * scale));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        int firstYear = java.time.Instant.ofEpochMilli(window.startMillis()).atZone(java.time.ZoneOffset.UTC).getYear();
        int lastYear = java.time.Instant.ofEpochMilli(window.endMillis()).atZone(java.time.ZoneOffset.UTC).getYear();
        for (int year = firstYear; year <= lastYear + 1; year++) {
            long t = java.time.LocalDate.of(year, 1, 1).toEpochDay() * 86_400_000L;
            double px = x + (t - window.startMillis()) * width / window.duration();
            gc.setStroke(style.gridLine());
            gc.setLineWidth(scale);
            gc.strokeLine(px, y + axisHeight, px, y + height);
            gc.setFill(style.mutedInk());
            gc.fillText(DateLabels.year(year), px, y + axisHeight / 2);
        }
        gc.setFont(Font.font(style.fontFamily(), style.fontSize() * scale));
        gc.setTextAlign(TextAlignment.LEFT);
        double row = 22 * scale;
        double top = y + axisHeight + 8 * scale;
        int i = 0;
        for (TimelineEvent e : frame.events()) {
            double px = x + (e.startMillis() - window.startMillis()) * width / window.duration();
            double py = top + (i++ % Math.max(1, (int) ((height - axisHeight) / row) - 1)) * row + row / 2;
            StatusGlyphs.draw(gc, e.status(), px, py, 10 * scale,
                    style.colorFor(frame.dataset(), frame.dataset().primaryOrganisationOf(e)), style.background());
            gc.setFill(style.ink());
            gc.fillText(e.title(), px + 9 * scale, py);
        }
        gc.restore();
    }
}
