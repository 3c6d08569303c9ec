package org.sightline.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of untrusted files, reporting where the first bad byte is. */
public final class TextDecoding {

    private TextDecoding() {
    }

    /**
     * Decodes {@code bytes} as UTF-8 (a leading byte-order mark is dropped).
     *
     * @throws ProblemException naming the line and column of the first byte that is not UTF-8
     */
    public static String utf8(byte[] bytes, String file) throws ProblemException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new ProblemException(Problem.error(file, line, column, "",
                    String.format("byte 0x%02X at offset %d is not UTF-8: save the file as UTF-8",
                            bytes[bad] & 0xFF, bad)));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e);
        }
        out.flip();
        return out.toString();
    }
}
