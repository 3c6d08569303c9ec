package org.sightline.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one rule for links in untrusted data: only absolute http and https URLs with a host. */
public final class Links {

    private Links() {
    }

    public static boolean isWebLink(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && ("http".equals(scheme.toLowerCase(Locale.ROOT)) || "https".equals(scheme.toLowerCase(Locale.ROOT)))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
