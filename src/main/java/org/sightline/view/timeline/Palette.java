package org.sightline.view.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.sightline.model.Dataset;
import org.sightline.model.TimelineEvent;

/**
 * Colours per event (by its first organisation, see {@link TimelineStyle#colorFor}) and their derived
 * fills, worked out once per event and style instead of per frame.
 */
final class Palette {

    private final Dataset dataset;
    private final List<TimelineEvent> events;
    private final TimelineStyle style;
    private final Color[] byEvent;
    private final Map<String, Color> byOrganisation = new HashMap<>();
    private final Map<Color, Color[]> derived = new HashMap<>();

    Palette(Dataset dataset, List<TimelineEvent> events, TimelineStyle style) {
        this.dataset = dataset;
        this.events = events;
        this.style = style;
        this.byEvent = new Color[events.size()];
    }

    boolean matches(Dataset d, List<TimelineEvent> e, TimelineStyle s) {
        return d == dataset && e == events && s.equals(style);
    }

    Color of(int position) {
        Color c = byEvent[position];
        if (c == null) {
            c = organisation(dataset.primaryOrganisationOf(events.get(position)));
            byEvent[position] = c;
        }
        return c;
    }

    Color organisation(String id) {
        if (id == null) {
            return style.fallbackEventColor();
        }
        return byOrganisation.computeIfAbsent(id, k -> style.colorFor(dataset, k));
    }

    /** 0: bar fill, 1: light bar fill (reported), 2: band fill, 3: hatch, 4: day band. */
    Color derived(Color base, int which) {
        return derived.computeIfAbsent(base, c -> new Color[] {
            c.deriveColor(0, 1, 1, 0.35), c.deriveColor(0, 0.6, 1.15, 0.18), c.deriveColor(0, 1, 1, 0.10),
            c.deriveColor(0, 1, 1, 0.45), c.deriveColor(0, 1, 1, 0.08)})[which];
    }
}
