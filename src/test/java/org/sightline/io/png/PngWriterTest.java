package org.sightline.io.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {

    /** A UI-like image: flat areas, repeated rows, a gradient and noise, so every filter gets chosen. */
    private static int[] image(int w, int h, boolean alpha) {
        Random random = new Random(7);
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb;
                if (y < h / 4) {
                    argb = 0xffffffff;
                } else if (y < h / 2) {
                    argb = 0xff000000 | (x * 255 / w) << 16 | (y * 255 / h) << 8 | 0x40;
                } else if (y < 3 * h / 4) {
                    argb = random.nextInt() | 0xff000000;
                } else {
                    argb = (x / 7 % 2 == 0) ? 0xff0072b2 : 0xffd55e00;
                }
                if (alpha) {
                    argb = (argb & 0x00ffffff) | ((x + y) % 256) << 24;
                }
                px[y * w + x] = argb;
            }
        }
        return px;
    }

    private static byte[] encode(int[] px, int w, int h, boolean alpha, List<PngText> texts, int rowsPerCall)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter writer = new PngWriter(out, w, h, alpha, texts, PngWriter.FAST);
        for (int y = 0; y < h; y += rowsPerCall) {
            int rows = Math.min(rowsPerCall, h - y);
            writer.writeRows(px, y * w, w, rows);
        }
        writer.finish();
        return out.toByteArray();
    }

    @Test
    void rgbOutputDecodesWithImageIoToTheSamePixels() throws IOException {
        int w = 301;
        int h = 157;
        int[] px = image(w, h, false);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(encode(px, w, h, false, List.of(), 40)));
        assertEquals(w, decoded.getWidth());
        assertEquals(h, decoded.getHeight());
        assertArrayEquals(px, decoded.getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void theResolutionIsRecordedForOtherReaders() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter writer = new PngWriter(out, 4, 3, false, List.of(), PngWriter.pixelsPerMetre(300), PngWriter.FAST);
        writer.writeRows(new int[12], 0, 4, 3);
        writer.finish();
        assertEquals(11811, PngWriter.pixelsPerMetre(300));
        assertEquals(300, PngResolution.dotsPerInch(new ByteArrayInputStream(out.toByteArray())), 0.01);
        assertTrue(Double.isNaN(PngResolution.dotsPerInch(new ByteArrayInputStream(encode(new int[12], 4, 3, false,
                List.of(), 3)))), "none recorded unless asked");
    }

    @Test
    void rgbaOutputKeepsAlphaExactly() throws IOException {
        int w = 64;
        int h = 80;
        int[] px = image(w, h, true);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(encode(px, w, h, true, List.of(), 1)));
        assertTrue(decoded.getColorModel().hasAlpha());
        assertArrayEquals(px, decoded.getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void imageLargerThanOneDataChunkDecodes() throws IOException {
        int w = 1200;
        int h = 700;
        int[] px = image(w, h, false);
        byte[] png = encode(px, w, h, false, List.of(), h);
        assertTrue(png.length > 1 << 18, "noise makes the data span several IDAT chunks: " + png.length);
        assertArrayEquals(px, ImageIO.read(new ByteArrayInputStream(png)).getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void textChunksRoundTripAsLatin1AndUtf8() throws IOException {
        List<PngText> texts = List.of(new PngText("Title", "Space Force in the Indo-Pacific, café"),
                new PngText("Description", "Dec 2019 – Jan 2025"),
                new PngText("sightline:view", "{\"title\":\"東京 meeting ✓\"}"));
        byte[] png = encode(image(8, 8, false), 8, 8, false, texts, 8);
        assertEquals(texts, PngTextReader.read(new ByteArrayInputStream(png)));
        String ascii = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(ascii.contains("tEXtTitle"), "Latin-1 text as tEXt");
        assertTrue(ascii.contains("iTXtsightline:view"), "other text as iTXt");
    }

    @Test
    void readerRejectsADamagedChunk() throws IOException {
        byte[] png = encode(image(16, 16, false), 16, 16, false, List.of(new PngText("Title", "hello")), 16);
        String ascii = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1);
        png[ascii.indexOf("hello")] = 'j';
        PngFormatException e = assertThrows(PngFormatException.class,
                () -> PngTextReader.read(new ByteArrayInputStream(png)));
        assertEquals("damaged PNG: chunk tEXt fails its CRC check", e.getMessage());
    }

    @Test
    void readerRejectsAFileThatIsNotAPng() {
        PngFormatException e = assertThrows(PngFormatException.class,
                () -> PngTextReader.read(new ByteArrayInputStream("{\"format\":1}".getBytes())));
        assertTrue(e.getMessage().startsWith("not a PNG image"), e.getMessage());
    }

    @Test
    void readerRefusesATextChunkOverTheLimitWithoutReadingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.write(new byte[] {0x7f, 0, 0, 0});
        out.write("tEXt".getBytes());
        PngFormatException e = assertThrows(PngFormatException.class,
                () -> PngTextReader.read(new ByteArrayInputStream(out.toByteArray())));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void readerStopsAtATruncatedFile() throws IOException {
        byte[] png = encode(image(16, 16, false), 16, 16, false, List.of(), 16);
        byte[] cut = java.util.Arrays.copyOf(png, png.length - 20);
        assertThrows(PngFormatException.class, () -> PngTextReader.read(new ByteArrayInputStream(cut)));
    }
}
