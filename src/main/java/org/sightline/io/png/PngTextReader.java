package org.sightline.io.png;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the text chunks (tEXt, zTXt, iTXt) of a PNG file, safely: the file is untrusted, so every chunk's
 * CRC is checked, a text chunk may not exceed {@link #MAX_TEXT_BYTES} (also after decompression), and the
 * number of chunks is bounded. Image data is streamed past, never held in memory.
 */
public final class PngTextReader {

    public static final int MAX_TEXT_BYTES = 1 << 20;
    private static final int MAX_CHUNKS = 100_000;
    private static final int MAX_TEXT_CHUNKS = 64;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngTextReader() {
    }

    public static List<PngText> read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in);
        }
    }

    /** Reads text chunks up to the end chunk. */
    public static List<PngText> read(InputStream in) throws IOException {
        byte[] signature = in.readNBytes(8);
        if (!java.util.Arrays.equals(signature, SIGNATURE)) {
            throw new PngFormatException("not a PNG image (its first bytes are not the PNG signature)");
        }
        List<PngText> texts = new ArrayList<>();
        CRC32 crc = new CRC32();
        byte[] skipBuffer = new byte[1 << 16];
        for (int count = 0; count < MAX_CHUNKS; count++) {
            long length = readInt(in) & 0xffffffffL;
            byte[] typeBytes = readFully(in, 4);
            String type = new String(typeBytes, StandardCharsets.US_ASCII);
            if (!type.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw new PngFormatException("damaged PNG: chunk " + (count + 1) + " has no valid type");
            }
            if (length > Integer.MAX_VALUE) {
                throw new PngFormatException("damaged PNG: chunk " + type + " claims " + length + " bytes");
            }
            crc.reset();
            crc.update(typeBytes);
            boolean text = type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt");
            byte[] data = null;
            if (text) {
                if (length > MAX_TEXT_BYTES) {
                    throw new PngFormatException("PNG text chunk of " + length + " bytes is larger than the limit of "
                            + MAX_TEXT_BYTES + " bytes");
                }
                data = readFully(in, (int) length);
                crc.update(data);
            } else {
                long left = length;
                while (left > 0) {
                    int n = in.read(skipBuffer, 0, (int) Math.min(skipBuffer.length, left));
                    if (n < 0) {
                        throw new PngFormatException("damaged PNG: the file ends inside chunk " + type);
                    }
                    crc.update(skipBuffer, 0, n);
                    left -= n;
                }
            }
            int expected = readInt(in);
            if ((int) crc.getValue() != expected) {
                throw new PngFormatException("damaged PNG: chunk " + type + " fails its CRC check");
            }
            if (text) {
                if (texts.size() == MAX_TEXT_CHUNKS) {
                    throw new PngFormatException("PNG has more than " + MAX_TEXT_CHUNKS + " text chunks");
                }
                texts.add(decode(type, data));
            }
            if (type.equals("IEND")) {
                return texts;
            }
        }
        throw new PngFormatException("PNG has more than " + MAX_CHUNKS + " chunks");
    }

    /** The text of the first chunk with this keyword, or null. */
    public static String find(List<PngText> texts, String keyword) {
        for (PngText t : texts) {
            if (t.keyword().equals(keyword)) {
                return t.text();
            }
        }
        return null;
    }

    private static PngText decode(String type, byte[] data) throws PngFormatException {
        int nul = indexOf(data, 0);
        if (nul < 1 || nul > 79) {
            throw new PngFormatException("damaged PNG: " + type + " chunk has no valid keyword");
        }
        String keyword = new String(data, 0, nul, StandardCharsets.ISO_8859_1);
        switch (type) {
            case "tEXt" -> {
                return new PngText(keyword, new String(data, nul + 1, data.length - nul - 1, StandardCharsets.ISO_8859_1));
            }
            case "zTXt" -> {
                if (nul + 2 > data.length || data[nul + 1] != 0) {
                    throw new PngFormatException("damaged PNG: zTXt chunk '" + keyword + "' has an unknown compression");
                }
                return new PngText(keyword, new String(inflate(data, nul + 2, keyword), StandardCharsets.ISO_8859_1));
            }
            default -> {
                if (nul + 3 > data.length) {
                    throw new PngFormatException("damaged PNG: iTXt chunk '" + keyword + "' is truncated");
                }
                boolean compressed = data[nul + 1] != 0;
                int language = indexOf(data, nul + 3);
                int translated = language < 0 ? -1 : indexOf(data, language + 1);
                if (translated < 0) {
                    throw new PngFormatException("damaged PNG: iTXt chunk '" + keyword + "' is truncated");
                }
                int start = translated + 1;
                byte[] body = compressed ? inflate(data, start, keyword)
                        : java.util.Arrays.copyOfRange(data, start, data.length);
                return new PngText(keyword, new String(body, StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] inflate(byte[] data, int from, String keyword) throws PngFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, data.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new PngFormatException("damaged PNG: text chunk '" + keyword + "' is truncated");
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_TEXT_BYTES) {
                    throw new PngFormatException("PNG text chunk '" + keyword + "' expands beyond the limit of "
                            + MAX_TEXT_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new PngFormatException("damaged PNG: text chunk '" + keyword + "' is not valid compressed data");
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new PngFormatException("damaged PNG: the file ends early");
        }
        return b;
    }

    private static int readInt(InputStream in) throws IOException {
        byte[] b = readFully(in, 4);
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }
}
