package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.io.BundledDataset;
import org.sightline.io.Fixtures;
import org.sightline.io.ViewSpecJson;
import org.sightline.io.png.PngTextReader;
import org.sightline.model.Briefing;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.ViewSpec;

/**
 * {@code --export-briefing} in its own JVM with no DISPLAY: one PNG per step of exactly the requested size,
 * each a different slide, an index listing every step in order, and the automatic briefing for a dataset
 * without one.
 */
class HeadlessBriefingSlidesTest {

    @TempDir
    static Path dir;
    static Path curated;
    static Path automatic;
    static String curatedOutput;
    static int curatedExit;
    static String automaticOutput;
    static int automaticExit;

    private static String[] run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.language=en", "-Duser.country=US", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "slide export finished in time");
        return new String[] {Integer.toString(p.exitValue()), new String(bytes, StandardCharsets.UTF_8)};
    }

    @BeforeAll
    static void exportWithTheCommandLine() throws Exception {
        curated = dir.resolve("curated").resolve("slides");
        Files.createDirectories(curated);
        Files.writeString(curated.resolve("step-01.png"), "an old slide, to be replaced");
        // Left by an earlier export of a longer briefing, and a file of the user's own.
        Files.writeString(curated.resolve("step-13.png"), "an old slide beyond this deck's last");
        Files.writeString(curated.resolve("step-14.png"), "another");
        Files.writeString(curated.resolve("notes.txt"), "the user's own file");
        String[] r = run("--export-briefing", curated.toString(), "--width", "800", "--height", "450", "--scale", "1.5",
                "--theme", "dark", "--panels");
        curatedExit = Integer.parseInt(r[0]);
        curatedOutput = r[1];
        automatic = dir.resolve("new-folder").resolve("auto");
        Path minimal = Files.copy(Fixtures.path("valid-minimal.json"), dir.resolve("minimal.json"));
        r = run("--export-briefing", automatic.toString(), "--dataset", minimal.toString(), "--width", "640",
                "--height", "360");
        automaticExit = Integer.parseInt(r[0]);
        automaticOutput = r[1];
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static double luminanceVariance(int[] argb) {
        double sum = 0;
        double sumSq = 0;
        for (int rgb : argb) {
            double lum = 0.3 * (rgb >> 16 & 0xff) + 0.59 * (rgb >> 8 & 0xff) + 0.11 * (rgb & 0xff);
            sum += lum;
            sumSq += lum * lum;
        }
        return sumSq / argb.length - (sum / argb.length) * (sum / argb.length);
    }

    @Test
    void writesOnePngPerStepOfTheCuratedBriefingAndAnIndex() throws Exception {
        assertEquals(0, curatedExit, curatedOutput);
        assertTrue(curatedOutput.contains("Wrote 12 slides (1200×675 pixels) and index.md to " + curated), curatedOutput);
        assertTrue(curatedOutput.contains("(and removed 2 slides left from an earlier export)"), curatedOutput);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            expected.add(String.format("step-%02d.png", i));
        }
        expected.add("index.md");
        expected.add("notes.txt");
        expected.sort(null);
        assertEquals(expected, names(curated), "one file per step and the index, the earlier deck's extra slides gone,"
                + " the user's own file kept, no temporary files left");
    }

    @Test
    void slidesHaveExactlyTheRequestedPixelSizeAndDifferFromEachOther() throws Exception {
        BufferedImage first = ImageIO.read(curated.resolve("step-01.png").toFile());
        BufferedImage ninth = ImageIO.read(curated.resolve("step-09.png").toFile());
        BufferedImage last = ImageIO.read(curated.resolve("step-12.png").toFile());
        for (BufferedImage img : List.of(first, ninth, last)) {
            assertEquals(1200, img.getWidth());
            assertEquals(675, img.getHeight());
            assertTrue(luminanceVariance(pixels(img)) > 50, "a slide is not blank");
        }
        int[] a = pixels(first);
        int[] b = pixels(ninth);
        int[] c = pixels(last);
        int differentAb = 0;
        int differentBc = 0;
        for (int i = 0; i < a.length; i++) {
            differentAb += a[i] != b[i] ? 1 : 0;
            differentBc += b[i] != c[i] ? 1 : 0;
        }
        assertTrue(differentAb > a.length / 50, "slides 1 and 9 differ: " + differentAb + " pixels");
        assertTrue(differentBc > a.length / 50, "slides 9 and 12 differ: " + differentBc + " pixels");
    }

    @Test
    void eachSlideEmbedsItsStepsViewAndTheBriefingTitle() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        Briefing briefing = d.defaultBriefing();
        for (int step : new int[] {1, 9, 12}) {
            Path png = curated.resolve(String.format("step-%02d.png", step));
            ViewSpec spec = ViewSpecJson.parse(PngTextReader.find(PngTextReader.read(png), ViewSpecJson.KEYWORD));
            assertEquals(briefing.title(), spec.title());
            assertEquals(DateRange.covering(briefing.steps().get(step - 1).window(d)), spec.range(), "step " + step);
            assertEquals("dark", spec.theme());
            assertTrue(spec.panels());
        }
    }

    @Test
    void theIndexListsEveryStepInOrderWithFileDateTitleAndCaption() throws Exception {
        Dataset d = BundledDataset.load().dataset();
        Briefing briefing = d.defaultBriefing();
        List<String> rows = Files.readAllLines(curated.resolve("index.md")).stream()
                .filter(l -> l.matches("\\| \\d+ \\|.*")).toList();
        assertEquals(briefing.steps().size(), rows.size(), String.join("\n", rows));
        for (int i = 0; i < rows.size(); i++) {
            String file = String.format("step-%02d.png", i + 1);
            String row = rows.get(i);
            assertTrue(row.startsWith("| " + (i + 1) + " | [" + file + "](" + file + ") | "), row);
            String eventTitle = d.event(briefing.steps().get(i).eventId()).orElseThrow().title();
            assertTrue(row.contains(eventTitle.replace("|", "\\|")), row);
            assertTrue(row.contains(briefing.steps().get(i).caption()), row);
        }
        assertTrue(rows.get(0).contains("| 20 Dec 2019 |"), "the date at the event's precision: " + rows.get(0));
        assertTrue(rows.get(0).contains("| U.S. Space Force established | Established |"), "its status: " + rows.get(0));
        assertTrue(Files.readString(curated.resolve("index.md")).contains("| Step | Slide | Date | Event | Status | Caption |"));
        assertTrue(Files.readString(curated.resolve("index.md")).startsWith("# " + briefing.title() + "\n"));
    }

    @Test
    void aDatasetWithoutBriefingsExportsTheAutomaticOneIntoANewFolder() throws Exception {
        assertEquals(0, automaticExit, automaticOutput);
        assertEquals(List.of("index.md", "step-01.png", "step-02.png", "step-03.png"), names(automatic));
        BufferedImage img = ImageIO.read(automatic.resolve("step-02.png").toFile());
        assertEquals(640, img.getWidth());
        assertEquals(360, img.getHeight());
        String index = Files.readString(automatic.resolve("index.md"));
        assertTrue(index.startsWith("# Minimal fixture (all events in time order)"), index);
        assertNotEquals(-1, index.indexOf("| 3 | [step-03.png](step-03.png) |"), index);
    }
}
