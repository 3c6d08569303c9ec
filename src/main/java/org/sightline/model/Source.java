package org.sightline.model;

import java.util.Objects;

/** Where a fact comes from. {@code date} and {@code url} may be null; a url is always http or https. */
public record Source(String publisher, String title, PartialDate date, String url) {
    public Source {
        Objects.requireNonNull(title, "title");
    }
}
