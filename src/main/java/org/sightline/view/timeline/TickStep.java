package org.sightline.view.timeline;

import java.util.Locale;

/** A calendar step of the axis: the tick at or before an instant, the next tick, and a tick's label. */
public interface TickStep {
    long floor(long millis);

    long next(long tick);

    String label(long tick, Locale locale);
}
