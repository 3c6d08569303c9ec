package org.sightline.model;

import java.util.Locale;

/** Case-insensitive search over an event's title, summary, organisations, regions and sources. */
public final class TextSearch {

    private TextSearch() {
    }

    /** {@code needle} must already be lower-case. */
    public static boolean matches(TimelineEvent e, Dataset dataset, String needle) {
        if (contains(e.title(), needle) || contains(e.summary(), needle) || contains(e.id(), needle)) {
            return true;
        }
        for (String id : e.organisationIds()) {
            Organisation o = dataset.organisations().get(id).orElse(null);
            if (contains(id, needle) || o != null && (contains(o.name(), needle) || contains(o.abbreviation(), needle))) {
                return true;
            }
        }
        for (String id : e.regionIds()) {
            Region r = dataset.regions().get(id).orElse(null);
            if (contains(id, needle) || r != null && contains(r.name(), needle)) {
                return true;
            }
        }
        for (Source s : e.sources()) {
            if (contains(s.publisher(), needle) || contains(s.title(), needle) || contains(s.url(), needle)) {
                return true;
            }
        }
        for (String tag : e.tags()) {
            if (contains(tag, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
