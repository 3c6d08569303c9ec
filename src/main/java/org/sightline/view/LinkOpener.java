package org.sightline.view;

/** Opens a web link the user clicked in the system browser. Only called for http/https links. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
