package org.sightline.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Makes ids that follow the native id rule ({@code [a-z0-9][a-z0-9._-]*}) from free text, and keeps
 * them unique within one id space by adding {@code -2}, {@code -3} … The same input always gives the
 * same ids, so an imported file keeps its ids across reloads.
 */
final class IdMaker {

    private static final int MAX_LENGTH = 60;

    private final Set<String> used = new HashSet<>();

    /** "U.S. Space Force (USSF)" → "u-s-space-force-ussf"; accents dropped; "" when nothing is left. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < plain.length() && sb.length() < MAX_LENGTH; i++) {
            char c = plain.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.toString();
    }

    /** A short stable hash of {@code content}, for ids of items that have no usable text. */
    static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Marks an id as taken (an explicit id seen in the file). Returns false when it was taken already. */
    boolean reserve(String id) {
        return used.add(id);
    }

    boolean isUsed(String id) {
        return used.contains(id);
    }

    /** {@code base} if free, else {@code base-2}, {@code base-3} …; the result is reserved. */
    String unique(String base) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
