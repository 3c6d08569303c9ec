package org.sightline.io.png;

import java.io.IOException;

/** A PNG file that is damaged, not a PNG at all, or over a safety limit; the message says which. */
public final class PngFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public PngFormatException(String message) {
        super(message);
    }
}
