package org.sightline.view.timeline;

import java.util.List;
import java.util.Locale;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * What the timeline tells a screen reader, as one plain sentence or two: the time window it shows, how many
 * of the shown events fall in it, and the selected event with its date at its precision, its status and its
 * organisations. "Timeline, 2021 – 2024: 18 of 25 events in view. Selected: JASDF Space Operations Group
 * formed, 17 Mar 2022, established, SOG, SOS."
 */
public final class TimelineSummary {

    private TimelineSummary() {
    }

    /**
     * The summary of a timeline showing {@code shown} (the events left by the filters) of {@code dataset} over
     * {@code window}, with {@code selected} (may be null) selected.
     */
    public static String of(Dataset dataset, List<TimelineEvent> shown, TimeWindow window, TimelineEvent selected,
                            Locale locale) {
        if (dataset == null || window == null) {
            return "Timeline, no dataset";
        }
        int total = dataset.events().size();
        StringBuilder b = new StringBuilder("Timeline, ")
                .append(DateRange.covering(window).label(locale)).append(": ")
                .append(Counted.number(inWindow(shown, window))).append(" of ").append(Counted.of(shown.size(), "event")).append(" in view");
        if (shown.size() < total) {
            b.append(" (filtered from ").append(Counted.number(total)).append(')');
        }
        b.append('.');
        if (selected != null) {
            b.append(" Selected: ").append(selected.title()).append(", ")
                    .append(selected.dateLabel(locale)).append(", ")
                    .append(selected.status().id());
            String orgs = dataset.organisationShortNames(selected);
            if (!orgs.isEmpty()) {
                b.append(", ").append(orgs);
            }
            b.append('.');
        }
        return b.toString();
    }

    /** How many of {@code events} overlap {@code window}; a month- or year-dated event counts for its whole period. */
    static int inWindow(List<TimelineEvent> events, TimeWindow window) {
        int n = 0;
        for (int i = 0, size = events.size(); i < size; i++) {
            TimelineEvent e = events.get(i);
            if (window.intersects(e.startMillis(), e.endMillis())) {
                n++;
            }
        }
        return n;
    }
}
