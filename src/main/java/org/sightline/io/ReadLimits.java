package org.sightline.io;

/** Bounds on untrusted input: file size, nesting depth, string length and item count. */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength, int maxItems) {

    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 64, 1_000_000, 1_000_000);
}
