package org.sightline.io;

import java.util.Locale;

/** Bounds on untrusted input: file size, nesting depth, string length and item count. */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength, int maxItems) {

    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 64, 1_000_000, 1_000_000);

    /** Why a file of {@code size} bytes is refused: "the file is 109.5 MiB (114,789,292 bytes), more than …". */
    public String tooLarge(long size) {
        return "the file is " + bytes(size) + ", more than the limit of " + bytes(maxBytes);
    }

    /** A size as people read it: "1,000 bytes", or "64 MiB (67,108,864 bytes)" from a mebibyte on. */
    static String bytes(long n) {
        long mib = 1024L * 1024;
        if (n < mib) {
            return String.format(Locale.ROOT, "%,d bytes", n);
        }
        String amount = n % mib == 0 ? String.valueOf(n / mib) : String.format(Locale.ROOT, "%.1f", n / (double) mib);
        return String.format(Locale.ROOT, "%s MiB (%,d bytes)", amount, n);
    }
}
