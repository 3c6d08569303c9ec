package org.sightline.io.png;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A fast streaming PNG encoder on {@code java.util.zip}: 8-bit RGB or RGBA, one adaptive filter per row
 * (the smallest sum of absolute differences among None, Sub and Up), Deflate at a fast level, and
 * text chunks before the image data. Rows are given top to bottom as non-premultiplied ARGB ints, in as
 * many calls as the caller likes, so a tall image never needs to be in memory at once.
 */
public final class PngWriter {

    /** The fastest level: about 2.5× faster than the default for about 13% larger files. */
    public static final int FAST = Deflater.BEST_SPEED;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int IDAT_SIZE = 1 << 18;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int channels;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private final byte[] idat = new byte[IDAT_SIZE];
    private int idatLength;
    private byte[] previous;
    private byte[] current;
    private final byte[] filtered;
    private int rowsWritten;
    private boolean finished;

    /**
     * Writes the signature, the header and the text chunks.
     *
     * @param alpha  true for RGBA, false for RGB (alpha is dropped)
     * @param level  a Deflater level, usually {@link #FAST}
     */
    public PngWriter(OutputStream out, int width, int height, boolean alpha, List<PngText> texts, int level)
            throws IOException {
        this(out, width, height, alpha, texts, 0, level);
    }

    /**
     * As above, and records the image's resolution (a pHYs chunk), so that a word processor or a layout program
     * places it at its intended size: 300 dpi is {@code pixelsPerMetre(300)}; 0 records none.
     */
    public PngWriter(OutputStream out, int width, int height, boolean alpha, List<PngText> texts, int pixelsPerMetre,
                     int level) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        if (width < 1 || height < 1 || (long) width * (alpha ? 4 : 3) + 1 > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("bad PNG size " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.channels = alpha ? 4 : 3;
        int rowBytes = width * channels;
        previous = new byte[rowBytes];
        current = new byte[rowBytes];
        filtered = new byte[rowBytes + 1];
        this.deflater = new Deflater(level);
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) (alpha ? 6 : 2);
        chunk("IHDR", header, header.length);
        if (pixelsPerMetre < 0) {
            throw new IllegalArgumentException("bad resolution " + pixelsPerMetre + " pixels per metre");
        }
        if (pixelsPerMetre > 0) {
            byte[] phys = new byte[9];
            putInt(phys, 0, pixelsPerMetre);
            putInt(phys, 4, pixelsPerMetre);
            phys[8] = 1; // the unit is the metre
            chunk("pHYs", phys, phys.length);
        }
        for (PngText text : texts) {
            writeText(text);
        }
    }

    /** The pixels per metre of {@code dotsPerInch}, as a pHYs chunk records them (300 dpi is 11811). */
    public static int pixelsPerMetre(double dotsPerInch) {
        return (int) Math.round(dotsPerInch / 0.0254);
    }

    /** Encodes {@code rows} rows of {@code argb}, starting at {@code offset}, each {@code stride} ints apart. */
    public void writeRows(int[] argb, int offset, int stride, int rows) throws IOException {
        if (finished || rowsWritten + rows > height) {
            throw new IllegalStateException("more rows than the image height " + height);
        }
        for (int r = 0; r < rows; r++) {
            unpack(argb, offset + r * stride);
            byte[] best = filter();
            deflater.setInput(best, 0, best.length);
            while (!deflater.needsInput()) {
                drain(Deflater.NO_FLUSH);
            }
            byte[] t = previous;
            previous = current;
            current = t;
            rowsWritten++;
        }
    }

    public int rowsWritten() {
        return rowsWritten;
    }

    /** Flushes the compressed data and writes the end chunk; the stream stays open. */
    public void finish() throws IOException {
        if (rowsWritten != height) {
            throw new IllegalStateException(rowsWritten + " rows written of " + height);
        }
        deflater.finish();
        while (!deflater.finished()) {
            drain(Deflater.NO_FLUSH);
        }
        deflater.end();
        flushIdat();
        chunk("IEND", new byte[0], 0);
        out.flush();
        finished = true;
    }

    /** Releases the compressor when encoding is abandoned. */
    public void abandon() {
        deflater.end();
    }

    private void unpack(int[] argb, int start) {
        byte[] row = current;
        if (channels == 3) {
            for (int x = 0, i = 0; x < width; x++, i += 3) {
                int p = argb[start + x];
                row[i] = (byte) (p >>> 16);
                row[i + 1] = (byte) (p >>> 8);
                row[i + 2] = (byte) p;
            }
        } else {
            for (int x = 0, i = 0; x < width; x++, i += 4) {
                int p = argb[start + x];
                row[i] = (byte) (p >>> 16);
                row[i + 1] = (byte) (p >>> 8);
                row[i + 2] = (byte) p;
                row[i + 3] = (byte) (p >>> 24);
            }
        }
    }

    /**
     * Picks this row's filter by the smallest sum of |signed byte| among None, Sub and Up (the usual
     * heuristic; Paeth tripled the encoding time for 3% smaller files), with a fast path for a row equal
     * to the one above (Up gives all zeros), then filters it.
     */
    private byte[] filter() {
        byte[] cur = current;
        byte[] prev = previous;
        byte[] out = filtered;
        int n = cur.length;
        int bpp = channels;
        if (rowsWritten > 0 && java.util.Arrays.equals(cur, prev)) {
            out[0] = 2;
            java.util.Arrays.fill(out, 1, n + 1, (byte) 0);
            return out;
        }
        long sNone = 0;
        long sSub = 0;
        long sUp = 0;
        for (int i = 0; i < n; i++) {
            int x = cur[i];
            sNone += Math.abs((int) (byte) x);
            sSub += Math.abs((int) (byte) (x - (i >= bpp ? cur[i - bpp] : 0)));
            sUp += Math.abs((int) (byte) (x - prev[i]));
        }
        if (sNone <= sSub && sNone <= sUp) {
            out[0] = 0;
            System.arraycopy(cur, 0, out, 1, n);
        } else if (sSub <= sUp) {
            out[0] = 1;
            System.arraycopy(cur, 0, out, 1, bpp);
            for (int i = bpp; i < n; i++) {
                out[i + 1] = (byte) (cur[i] - cur[i - bpp]);
            }
        } else {
            out[0] = 2;
            for (int i = 0; i < n; i++) {
                out[i + 1] = (byte) (cur[i] - prev[i]);
            }
        }
        return out;
    }

    private void drain(int flush) throws IOException {
        int n = deflater.deflate(idat, idatLength, idat.length - idatLength, flush);
        idatLength += n;
        if (idatLength == idat.length) {
            flushIdat();
        }
    }

    private void flushIdat() throws IOException {
        if (idatLength > 0) {
            chunk("IDAT", idat, idatLength);
            idatLength = 0;
        }
    }

    private void writeText(PngText text) throws IOException {
        byte[] keyword = text.keyword().getBytes(StandardCharsets.ISO_8859_1);
        if (text.isLatin1()) {
            byte[] body = text.text().getBytes(StandardCharsets.ISO_8859_1);
            byte[] data = new byte[keyword.length + 1 + body.length];
            System.arraycopy(keyword, 0, data, 0, keyword.length);
            System.arraycopy(body, 0, data, keyword.length + 1, body.length);
            chunk("tEXt", data, data.length);
        } else {
            // iTXt: keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL
            byte[] body = text.text().getBytes(StandardCharsets.UTF_8);
            byte[] data = new byte[keyword.length + 5 + body.length];
            System.arraycopy(keyword, 0, data, 0, keyword.length);
            System.arraycopy(body, 0, data, keyword.length + 5, body.length);
            chunk("iTXt", data, data.length);
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, head, 4, 4);
        out.write(head);
        out.write(data, 0, length);
        crc.reset();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
