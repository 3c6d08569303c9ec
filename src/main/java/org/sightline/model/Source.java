package org.sightline.model;

import java.util.Locale;
import java.util.Objects;

/** Where a fact comes from. {@code date} and {@code url} may be null; a url is always http or https. */
public record Source(String publisher, String title, PartialDate date, String url) {
    public Source {
        Objects.requireNonNull(title, "title");
    }

    /** Who published it and when, at the date's precision: "Nikkei Asia, 15 Dec 2023"; "" when neither is known. */
    public String byline(Locale locale) {
        String when = date == null ? "" : DateLabels.format(date, locale);
        return publisher == null ? when : when.isEmpty() ? publisher : publisher + ", " + when;
    }
}
