package org.sightline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A story told in ordered steps, for presenting full screen and exporting as slides. */
public record Briefing(String id, String title, List<BriefingStep> steps) {

    public Briefing {
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    /** The briefing Sightline offers when a dataset has none: every event in time order. */
    public static Briefing automatic(Dataset dataset) {
        List<BriefingStep> steps = new ArrayList<>(dataset.events().size());
        for (TimelineEvent e : dataset.events()) {
            steps.add(new BriefingStep(e.id(), null, null, List.of(), List.of(), e.title(), e.summary()));
        }
        return new Briefing("automatic", dataset.title() + " (all events in time order)", steps);
    }
}
