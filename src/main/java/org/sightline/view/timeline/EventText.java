package org.sightline.view.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sightline.model.Precision;
import org.sightline.model.TimelineEvent;

/**
 * The label of each event, its width at the base font size and how the event is dated, made and measured
 * the first time the event is laid out and then kept (one slot per event, no per-frame allocation). Events
 * dated only to a month or year carry that date in their label ("Dec 2019 · Title").
 */
public final class EventText {

    private final List<TimelineEvent> events;
    private final Locale locale;
    private final TextMeasurer measurer;
    private final String[] labels;
    private final float[] widths;
    private final String[] cut;
    private final float[] cutFor;
    private final byte[] dating;

    public EventText(List<TimelineEvent> events, Locale locale, TextMeasurer measurer) {
        this.events = events;
        this.locale = locale;
        this.measurer = measurer;
        this.labels = new String[events.size()];
        this.widths = new float[events.size()];
        this.cut = new String[events.size()];
        this.cutFor = new float[events.size()];
        this.dating = new byte[events.size()];
        Arrays.fill(widths, Float.NaN);
    }

    public List<TimelineEvent> events() {
        return events;
    }

    public Locale locale() {
        return locale;
    }

    /** {@link #dating}: a start or end known only to the month or year. */
    public static final byte COARSE = 1;
    /** {@link #dating}: a span from one date to another, each known at least to the day. */
    public static final byte SPAN = 2;
    /** {@link #dating}: a single date known to the day. */
    public static final byte DAY = 3;
    /** {@link #dating}: a single date known to the hour or finer. */
    public static final byte INSTANT = 4;

    /**
     * How event {@code i} is dated, which decides the shape it is drawn as: {@link #COARSE}, {@link #SPAN},
     * {@link #DAY} or {@link #INSTANT}. Kept per event, so that a frame's layout reads a byte where it would
     * read the event and its dates.
     */
    public byte dating(int i) {
        byte d = dating[i];
        if (d == 0) {
            TimelineEvent e = events.get(i);
            d = isCoarse(e) ? COARSE : e.isSpan() ? SPAN : e.start().precision() == Precision.DAY ? DAY : INSTANT;
            dating[i] = d;
        }
        return d;
    }

    /** True when the event's date is known only to the month or year. */
    public static boolean isCoarse(TimelineEvent e) {
        return coarse(e.start().precision()) || e.end() != null && coarse(e.end().precision());
    }

    private static boolean coarse(Precision p) {
        return p == Precision.MONTH || p == Precision.YEAR;
    }

    /** An event's label: its title, after its date when that is known only to the month or year. */
    public static String labelOf(TimelineEvent e, Locale locale) {
        return isCoarse(e) ? e.dateLabel(locale) + " · " + e.title() : e.title();
    }

    public String label(int i) {
        String s = labels[i];
        if (s == null) {
            s = labelOf(events.get(i), locale);
            labels[i] = s;
        }
        return s;
    }

    /** Width of the label at the base font size. */
    public double width(int i) {
        float w = widths[i];
        if (Float.isNaN(w)) {
            w = (float) measurer.width(label(i));
            widths[i] = w;
        }
        return w;
    }

    /**
     * The label cut to fit {@code available} base-size pixels with an ellipsis, or null when not even
     * one character fits. Remembered per event for the last width asked.
     */
    public String fitted(int i, double available) {
        // A label given exactly its own width (its layout's limit) must fit whatever the rounding.
        if (width(i) <= available + 0.01) {
            return label(i);
        }
        if (cut[i] != null && Math.abs(cutFor[i] - available) < 0.5) {
            return cut[i];
        }
        String result = measurer.cut(label(i), available);
        cut[i] = result;
        cutFor[i] = (float) available;
        return result;
    }
}
