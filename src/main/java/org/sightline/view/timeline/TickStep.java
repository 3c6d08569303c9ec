package org.sightline.view.timeline;

import java.util.Locale;

/** A calendar step of the axis: the tick at or before an instant, the next tick, and a tick's label. */
public interface TickStep {
    long floor(long millis);

    long next(long tick);

    String label(long tick, Locale locale);

    /** A shorter label tried when {@link #label} does not fit its cell ("Sep 2023" for "September 2023"). */
    default String shortLabel(long tick, Locale locale) {
        return label(tick, locale);
    }

    /**
     * The shortest label, for a period under way at the view's left edge when not even {@link #shortLabel}
     * fits before the next period begins ("Sep" before "Oct 2024"): the next label names what it leaves out.
     */
    default String edgeLabel(long tick, Locale locale) {
        return shortLabel(tick, locale);
    }
}
