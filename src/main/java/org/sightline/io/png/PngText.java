package org.sightline.io.png;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One PNG text chunk: a keyword (1–79 Latin-1 characters) and its text. Written as tEXt when the text is
 * Latin-1, otherwise as iTXt (UTF-8).
 */
public record PngText(String keyword, String text) {

    public PngText {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(text, "text");
        if (keyword.isEmpty() || keyword.length() > 79 || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(keyword)
                || keyword.indexOf('\0') >= 0 || keyword.startsWith(" ") || keyword.endsWith(" ")) {
            throw new IllegalArgumentException("a PNG text keyword is 1 to 79 Latin-1 characters: " + keyword);
        }
    }

    /** True when the text can be stored as plain tEXt (Latin-1, no NUL). */
    public boolean isLatin1() {
        return text.indexOf('\0') < 0 && StandardCharsets.ISO_8859_1.newEncoder().canEncode(text);
    }
}
