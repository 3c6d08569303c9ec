package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.controller.ViewRestorer;
import org.sightline.controller.ViewState;
import org.sightline.io.Checksums;
import org.sightline.io.DatasetFiles;
import org.sightline.io.Fixtures;
import org.sightline.io.ViewSpecJson;
import org.sightline.io.png.PngResolution;
import org.sightline.io.png.PngTextReader;
import org.sightline.model.Dataset;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.ExportContent;
import org.sightline.view.export.SnapshotComposer;
import org.sightline.view.timeline.TimeScale;
import org.sightline.view.timeline.TimelineRenderer;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real command line in its own JVM with no DISPLAY at all: {@code --export} must start JavaFX headless
 * by itself and write the PNG the arguments describe.
 */
class HeadlessExportTest {

    @TempDir
    static Path dir;
    static Path png;
    static Path datasetFile;
    static int exitCode;
    static String output;

    @BeforeAll
    static void exportWithTheCommandLine() throws Exception {
        datasetFile = Files.copy(Fixtures.path("valid-minimal.json"), dir.resolve("minimal.json"));
        png = dir.resolve("korea.png");
        Process p = launch("--export", png.toString(), "--dataset", datasetFile.toString(), "--from", "2020-01",
                "--to", "2022-12", "--width", "1920", "--height", "1080", "--scale", "2", "--filter-region", "korea",
                "--title", "Korea, headless");
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "export finished in time");
        exitCode = p.exitValue();
        output = new String(bytes, StandardCharsets.UTF_8);
        FxToolkit.registerPrimaryStage();
    }

    /** The command line in a JVM of its own with no display; its output and errors in one stream. */
    private static Process launch(String... args) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.language=en", "-Duser.country=US", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        return pb.start();
    }

    /**
     * Exports the fourteen-lane fixture to a 640×400 {@code target} with the command line plus {@code options},
     * checks that it succeeded, and returns what it said.
     */
    private static String exportManyLanes(Path target, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--export", target.toString(), "--dataset",
                Fixtures.path("many-lanes.json").toString(), "--width", "640", "--height", "400"));
        args.addAll(List.of(options));
        Process p = launch(args.toArray(String[]::new));
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "export finished in time");
        assertEquals(0, p.exitValue(), said);
        return said;
    }

    @Test
    void aRangeWithNoEventIsExportedAndTheExportSaysSo() throws Exception {
        Path empty = dir.resolve("empty-range.png");
        String said = exportManyLanes(empty, "--from", "1000", "--to", "1001");
        assertTrue(said.contains("no event falls in 1000 – 1001; the image shows empty lanes"), said);
        assertTrue(Files.size(empty) > 0);
    }

    @Test
    void lanesThatDoNotFitTheImageAreLeftOutAndTheExportSaysSo() throws Exception {
        Path small = dir.resolve("lanes.png");
        String said = exportManyLanes(small, "--collapse", "org-01");
        assertTrue(said.contains("Wrote " + small), said);
        assertTrue(said.matches("(?s).*sightline: \\d+ lanes did not fit in the image; a larger --height.*"), said);
        assertEquals(640, ImageIO.read(small.toFile()).getWidth());
        assertEquals(Set.of("org-01"), ViewSpecJson.parse(PngTextReader.find(PngTextReader.read(small),
                ViewSpecJson.KEYWORD)).collapsedLanes(), "--collapse folds the lane and the view keeps it");
    }

    @Test
    void anExportStartsItsLanesAtTheLaneNamedAndKeepsItInTheView() throws Exception {
        Path scrolled = dir.resolve("scrolled.png");
        String said = exportManyLanes(scrolled, "--first-lane", "org-06");
        assertTrue(said.matches("(?s).*sightline: \\d+ lanes did not fit in the image.*"), said);
        assertEquals("org-06", ViewSpecJson.parse(PngTextReader.find(PngTextReader.read(scrolled),
                ViewSpecJson.KEYWORD)).firstLane());
    }

    private static BufferedImage image() throws Exception {
        return ImageIO.read(png.toFile());
    }

    private static ViewSpec embedded() throws Exception {
        return ViewSpecJson.parse(PngTextReader.find(PngTextReader.read(png), ViewSpecJson.KEYWORD));
    }

    @Test
    void writesAPngOfExactlyTheRequestedPixelSizeWithNoDisplay() throws Exception {
        assertEquals(0, exitCode, output);
        assertTrue(output.contains("Wrote " + png + " (3840×2160 pixels"), output);
        BufferedImage img = image();
        assertEquals(3840, img.getWidth());
        assertEquals(2160, img.getHeight());
    }

    @Test
    void theImageRecordsItsResolutionSoADocumentShowsItAtItsLayoutSize() throws Exception {
        try (java.io.InputStream in = Files.newInputStream(png)) {
            assertEquals(192, PngResolution.dotsPerInch(in), 0.01, "--scale 2 of a layout at 96 dpi");
        }
    }

    @Test
    void theImageIsNotBlank() throws Exception {
        BufferedImage img = image();
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int rgb = img.getRGB(x, y);
                double lum = 0.3 * (rgb >> 16 & 0xff) + 0.59 * (rgb >> 8 & 0xff) + 0.11 * (rgb & 0xff);
                sum += lum;
                sumSq += lum * lum;
                n++;
            }
        }
        double variance = sumSq / n - (sum / n) * (sum / n);
        assertTrue(variance > 50, "luminance variance " + variance);
    }

    @Test
    void theEventsColourAppearsWhereTheTimeScalePutsIt() throws Exception {
        ViewSpec spec = embedded();
        Dataset dataset = DatasetFiles.read(datasetFile).dataset();
        ExportContent content = ExportContent.of(dataset, spec, Locale.US, 0);
        // Lay the snapshot out with the same renderer the export uses, then ask that renderer where time goes.
        TimelineRenderer renderer = new TimelineRenderer();
        Rectangle2D timeline = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(spec.pixelWidth(), spec.pixelHeight());
            return new SnapshotComposer(renderer).draw(canvas.getGraphicsContext2D(), content).timeline();
        }).get();
        TimelineEvent korea = dataset.event("korea-activated").orElseThrow();
        assertEquals(List.of(korea), content.shown(), "the region filter leaves one event");
        TimeScale time = renderer.layout().scale();
        double x = time.x((korea.startMillis() + korea.endMillis()) / 2);
        assertTrue(x > time.x0() && x < time.x1(), "the event lies inside the plot");
        double tolerance = 0.01 * timeline.getWidth();
        BufferedImage img = image();
        int blue = 0x0072B2;
        assertTrue(containsColour(img, blue, x - tolerance, x + tolerance, timeline),
                "USSF blue near x=" + Math.round(x) + " in " + timeline);
        double plotStart = timeline.getMinX() + renderer.headerWidth() + 2;
        assertFalse(containsColour(img, blue, plotStart, x - 0.15 * timeline.getWidth(), timeline),
                "no other USSF event is drawn earlier in the plot");
    }

    private static boolean containsColour(BufferedImage img, int rgb, double x0, double x1, Rectangle2D area) {
        for (int y = (int) area.getMinY(); y < (int) area.getMaxY(); y++) {
            for (int x = (int) Math.max(0, x0); x < (int) Math.min(img.getWidth(), x1); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= 8 && Math.abs((p >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= 8
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 8) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theViewIsEmbeddedAndRoundTrips() throws Exception {
        ViewSpec spec = embedded();
        assertEquals(new ViewSpec.DatasetRef("minimal.json", "Minimal fixture", Checksums.sha256(datasetFile)),
                spec.dataset());
        assertEquals(PartialDate.parse("2020-01"), spec.range().from());
        assertEquals(PartialDate.parse("2022-12"), spec.range().to());
        assertEquals(Set.of("korea"), spec.filter().regionIds());
        assertEquals(3840, spec.pixelWidth());
        assertEquals(2160, spec.pixelHeight());
        assertEquals(2.0, spec.scale());
        assertEquals("Korea, headless", spec.title());
        assertNull(spec.subtitle(), "the default subtitle is not stored");
        assertEquals("Korea, headless", PngTextReader.find(PngTextReader.read(png), "Title"));
        assertEquals("Jan 2020 – Dec 2022", PngTextReader.find(PngTextReader.read(png), "Description"));
    }

    @Test
    void openingThePngRestoresTheViewWithTheDatasetBesideIt() {
        ViewState state = new ViewState();
        ViewRestorer restorer = new ViewRestorer(state);
        ViewRestorer.Plan plan = restorer.prepare(png, null, null);
        assertTrue(plan.canApply(), plan::message);
        String message = restorer.apply(plan);
        assertEquals("Minimal fixture", state.getDataset().title());
        assertEquals(datasetFile.toString(), state.datasetSourceProperty().get());
        assertEquals(PartialDate.parse("2020-01").startMillis(), state.getVisibleWindow().startMillis());
        assertEquals(PartialDate.parse("2022-12").endMillis(), state.getVisibleWindow().endMillis());
        assertEquals(Set.of("korea"), state.getFilter().regionIds());
        assertEquals(List.of("korea-activated"), state.getFilteredEvents().stream().map(TimelineEvent::id).toList());
        assertTrue(message.startsWith("Restored the view of korea.png: Jan 2020 – Dec 2022"), message);
    }

    @Test
    void aRestoredViewFoldsTheLanesItWasExportedWithUnfoldsTheRestAndStartsWhereItDid() throws Exception {
        ViewState state = new ViewState();
        ViewRestorer restorer = new ViewRestorer(state);
        ViewRestorer.Plan read = restorer.prepare(png, null, null);
        assertEquals(Set.of(), read.spec().collapsedLanes(), "this export folded none");
        ViewRestorer.Plan folded = new ViewRestorer.Plan(read.image(),
                read.spec().withCollapsedLanes(Set.of("ussf")).withFocusEvent("korea-activated").withFirstLane("jp-mod"),
                read.dataset(),
                read.source(), false, null);
        WaitForAsyncUtils.asyncFx(() -> {
            restorer.apply(read);
            state.getCollapsedLanes().add("jp-mod"); // folded by hand since, in the same dataset
            restorer.apply(folded);
        }).get();
        assertEquals(Set.of("ussf"), state.getCollapsedLanes());
        assertEquals("korea-activated", state.getSelectedEvent().id(), "the event the image is about is selected");
        assertEquals("jp-mod", state.getFirstLane(), "the lanes start where the image's did");
    }

    @Test
    void withoutItsDatasetTheRestoreSaysWhatIsMissing() throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Path copy = Files.copy(png, alone.resolve("korea.png"));
        ViewState state = new ViewState();
        ViewRestorer.Plan plan = new ViewRestorer(state).prepare(copy, null, null);
        assertFalse(plan.canApply());
        assertEquals("This image shows the dataset \"Minimal fixture\" (minimal.json), which is not at hand. Open that "
                + "dataset first (or put it next to the image), then open the image again.", plan.message());
        assertNull(state.getDataset());
    }

    @Test
    void aPngWithoutAViewIsExplained() throws Exception {
        Path plain = dir.resolve("plain.png");
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", plain.toFile());
        ViewRestorer.Plan plan = new ViewRestorer(new ViewState()).prepare(plain, null, null);
        assertNotNull(plan.message());
        assertEquals("plain.png holds no Sightline view: only PNGs exported by Sightline can be opened", plan.message());
    }
}
