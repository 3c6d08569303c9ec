package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of damaged copies of real files (bytes flipped, cut, repeated or dropped, as a bad disk, a bad
 * download or a careless edit leaves them): every one is read to a result, the dataset or problems that name
 * what is wrong, and none escapes as an exception, which would reach the user as a stack trace.
 */
class DamagedFilesTest {

    private static final int COPIES = Integer.getInteger("damaged.copies", 1500);
    private static final String JSON_PUNCTUATION = "{}[],:\"\\ 0-.eE\n";

    private static byte[] original(String name) throws IOException {
        if (name.equals("curated")) {
            try (InputStream in = BundledDataset.class.getResourceAsStream(BundledDataset.RESOURCE)) {
                return in.readAllBytes();
            }
        }
        if (name.equals("curated as native CSV")) {
            java.nio.file.Path csv = Files.createTempFile("curated", ".csv");
            try {
                DatasetFiles.write(BundledDataset.load().dataset(), csv, DatasetFormat.NATIVE_CSV);
                return Files.readAllBytes(csv);
            } finally {
                Files.deleteIfExists(csv);
            }
        }
        return Files.readAllBytes(Fixtures.path(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"curated", "curated as native CSV", "import/timelinejs.json", "import/timelinejs.csv", "import/vis.json",
        "linked-panels.json"})
    void everyDamagedCopyIsReadToADatasetOrToProblemsNeverToAnException(String name) throws IOException {
        byte[] original = original(name);
        Random random = new Random(name.hashCode());
        for (int copy = 0; copy < COPIES; copy++) {
            byte[] damaged = damage(original, random);
            LoadResult result;
            try {
                result = DatasetFiles.read(damaged, "damaged-" + copy, "Damaged", null, false);
            } catch (RuntimeException e) {
                throw new AssertionError("copy " + copy + " of " + name + " threw " + e + "; its text:\n"
                        + new String(damaged, StandardCharsets.UTF_8), e);
            }
            assertNotNull(result, "copy " + copy);
            if (result.dataset() == null) {
                assertFalse(result.problems().isEmpty(), "a refused copy names a problem: copy " + copy);
            }
            for (Problem p : result.problems()) {
                assertTrue(p.message() != null && !p.message().isBlank(), "copy " + copy + ": " + p);
                for (String inside : new String[] {"Exception", "java.", "REDACTED", "Source:", "(code "}) {
                    assertFalse(p.message().contains(inside), "copy " + copy + " of " + name + ": " + p.format());
                }
            }
        }
    }

    /** One to four damages of a kind a file meets in the wild. */
    private static byte[] damage(byte[] in, Random random) {
        byte[] out = in;
        int damages = 1 + random.nextInt(4);
        for (int d = 0; d < damages && out.length > 2; d++) {
            int at = random.nextInt(out.length);
            int len = 1 + random.nextInt(Math.min(64, out.length - at));
            out = switch (random.nextInt(6)) {
                case 0 -> flip(out, at, random);
                case 1 -> cut(out, at);
                case 2 -> drop(out, at, len);
                case 3 -> repeat(out, at, len);
                case 4 -> put(out, at, (byte) JSON_PUNCTUATION.charAt(random.nextInt(JSON_PUNCTUATION.length())));
                default -> swapDigits(out, at, random);
            };
        }
        return out;
    }

    private static byte[] flip(byte[] in, int at, Random random) {
        byte[] out = in.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
    }

    private static byte[] cut(byte[] in, int at) {
        return java.util.Arrays.copyOf(in, Math.max(1, at));
    }

    private static byte[] drop(byte[] in, int at, int len) {
        byte[] out = new byte[in.length - len];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + len, out, at, in.length - at - len);
        return out;
    }

    private static byte[] repeat(byte[] in, int at, int len) {
        byte[] out = new byte[in.length + len];
        System.arraycopy(in, 0, out, 0, at + len);
        System.arraycopy(in, at, out, at + len, in.length - at);
        return out;
    }

    private static byte[] put(byte[] in, int at, byte b) {
        byte[] out = in.clone();
        out[at] = b;
        return out;
    }

    /** A digit changed for another, so that dates, numbers and coordinates go out of range. */
    private static byte[] swapDigits(byte[] in, int at, Random random) {
        byte[] out = in.clone();
        for (int i = at; i < out.length; i++) {
            if (out[i] >= '0' && out[i] <= '9') {
                out[i] = (byte) ('0' + random.nextInt(10));
                break;
            }
        }
        return out;
    }
}
