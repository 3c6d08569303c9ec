package org.sightline.model;

/** Thrown when text is not a partial ISO-8601 date; the message says what was expected. */
public final class InvalidDateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidDateException(String message) {
        super(message);
    }
}
