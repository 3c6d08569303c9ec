package org.sightline.io;

/** A saved view that cannot be used; the message names the field and what was expected. */
public final class ViewSpecException extends Exception {

    private static final long serialVersionUID = 1L;

    public ViewSpecException(String message) {
        super(message);
    }
}
