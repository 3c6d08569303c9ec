package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void onlyHttpAndHttpsLinksWithAHostAreWebLinks() {
        assertTrue(Links.isWebLink("https://example.org/a?b=c"));
        assertTrue(Links.isWebLink("HTTP://example.org"));
        assertFalse(Links.isWebLink("file:///etc/passwd"));
        assertFalse(Links.isWebLink("javascript:alert(1)"));
        assertFalse(Links.isWebLink("https://"));
        assertFalse(Links.isWebLink("not a url"));
        assertFalse(Links.isWebLink(null));
    }
}
