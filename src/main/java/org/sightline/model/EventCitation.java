package org.sightline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event as plain text to paste into notes or a report: title; date at its precision and status; its
 * organisations and regions; summary; the curator's notes (caveats on dates and sources); numbered sources with
 * publisher, date, title and link; and the dataset it comes from. Dataset text stays plain text (nothing is rendered or escaped for a markup language).
 */
public final class EventCitation {

    private EventCitation() {
    }

    public static String of(Dataset dataset, TimelineEvent e, Locale locale) {
        StringBuilder b = new StringBuilder(e.title()).append('\n');
        b.append(e.dateAndStatus(locale)).append('\n');
        List<String> orgs = new ArrayList<>();
        for (String id : e.organisationIds()) {
            orgs.add(dataset.organisations().get(id)
                    .map(o -> o.shortName().equals(o.name()) ? o.name() : o.shortName() + " (" + o.name() + ")")
                    .orElse(id));
        }
        if (!orgs.isEmpty()) {
            b.append("Organisations: ").append(String.join(", ", orgs)).append('\n');
        }
        List<String> regions = new ArrayList<>();
        for (String id : e.regionIds()) {
            regions.add(dataset.regions().get(id).map(Region::name).orElse(id));
        }
        if (!regions.isEmpty()) {
            b.append("Regions: ").append(String.join(", ", regions)).append('\n');
        }
        if (e.summary() != null && !e.summary().isBlank()) {
            b.append('\n').append(e.summary().strip()).append('\n');
        }
        if (e.notes() != null && !e.notes().isBlank()) {
            b.append("\nNotes: ").append(e.notes().strip()).append('\n');
        }
        if (!e.sources().isEmpty()) {
            b.append("\nSources:\n");
            int n = 1;
            for (Source s : e.sources()) {
                b.append(n++).append(". ");
                String meta = s.byline(locale);
                if (!meta.isEmpty()) {
                    b.append(meta).append(": ");
                }
                b.append('"').append(s.title()).append('"');
                if (s.url() != null && !s.url().isBlank()) {
                    b.append(' ').append(s.url());
                }
                b.append('\n');
            }
        }
        b.append("\nFrom: ").append(dataset.title());
        if (dataset.dataAsOf() != null) {
            b.append(" (data as of ").append(DateLabels.format(dataset.dataAsOf(), locale)).append(')');
        }
        return b.append('\n').toString();
    }
}
