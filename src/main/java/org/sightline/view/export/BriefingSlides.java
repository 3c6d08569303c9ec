package org.sightline.view.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;
import org.sightline.io.AtomicFileWriter;
import org.sightline.model.Briefing;
import org.sightline.model.BriefingStep;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import org.sightline.model.DateLabels;
import org.sightline.model.DateRange;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.model.ViewSpec;
import org.sightline.view.Version;

/**
 * A briefing as slides: one PNG per step ({@code step-01.png} …, drawn by the same composer as PNG export,
 * with the step's caption, progress, window, spotlight and highlights) and an {@code index.md} listing the
 * steps. Every file is written atomically, so a failure never leaves a partial file or damages an existing
 * one. Call {@link #write} from a background thread.
 */
public final class BriefingSlides {

    public static final String INDEX = "index.md";

    private final Dataset dataset;
    private final Briefing briefing;
    private final ViewSpec template;
    private final Locale locale;
    private final long nowMillis;

    /**
     * @param template size, scale, theme, grouping, legend, footer, panels and dataset reference of every
     *                 slide; its range is replaced by each step's window, a null title by the briefing's
     */
    public BriefingSlides(Dataset dataset, Briefing briefing, ViewSpec template, Locale locale, long nowMillis) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.briefing = Objects.requireNonNull(briefing, "briefing");
        this.template = Objects.requireNonNull(template, "template");
        this.locale = locale == null ? Locale.getDefault() : locale;
        this.nowMillis = nowMillis;
    }

    /** What was written. */
    /**
     * What {@link #write} did: the slides and index written, and {@code removed}, the slides of an earlier
     * export to the same folder beyond this one's last step (removed once this deck was whole).
     */
    public record Result(Path folder, List<Path> slides, Path index, List<Path> removed, int width, int height,
                         long nanos) {
        public Result {
            slides = List.copyOf(slides);
            removed = List.copyOf(removed);
        }

        /** " (and removed 9 slides of an earlier export)", or "" when none were left over. */
        public String removedNote() {
            return removed.isEmpty() ? "" : " (and removed " + Counted.of(removed.size(), "slide")
                    + " left from an earlier export)";
        }
    }

    /** A slide's file name as {@link #fileName} makes it, at any step count. */
    private static final Pattern SLIDE_FILE = Pattern.compile("step-\\d{2,}\\.png");

    public int size() {
        return briefing.steps().size();
    }

    /** "step-07.png": the one-based number zero-padded to the width of the step count, at least two digits. */
    public static String fileName(int stepNumber, int stepCount) {
        int digits = Math.max(2, Integer.toString(stepCount).length());
        return String.format(Locale.ROOT, "step-%0" + digits + "d.png", stepNumber);
    }

    /** The step's event, or null when it only shows a window (or names an event the dataset lacks). */
    private TimelineEvent event(BriefingStep step) {
        return step.eventId() == null ? null : dataset.event(step.eventId()).orElse(null);
    }

    /** The date of the step's event at its own precision, or the step's window. */
    private String dateLabel(BriefingStep step) {
        TimelineEvent e = event(step);
        return e != null ? DateLabels.range(e.start(), e.end(), locale) : DateRange.covering(step.window(dataset)).label(locale);
    }

    /** What slide {@code index} (zero-based) shows. */
    public ExportContent slide(int index) {
        BriefingStep step = briefing.steps().get(index);
        TimeWindow window = step.window(dataset);
        TimelineEvent event = event(step);
        ViewSpec spec = new ViewSpec(template.dataset(), DateRange.covering(window), template.grouping(),
                template.filter(), template.theme(), template.pixelWidth(), template.pixelHeight(), template.scale(),
                template.title() != null ? template.title() : briefing.title(), null, template.legend(),
                template.footer(), template.panels(), template.collapsedLanes());
        String detail = event == null ? dateLabel(step)
                : dateLabel(step) + " · " + event.title() + " · " + event.status().label();
        ExportContent.Slide slide = new ExportContent.Slide(step.caption(), detail, (index + 1) + " / " + size(),
                window, event, java.util.Set.copyOf(step.highlightOrganisations()),
                java.util.Set.copyOf(step.highlightRegions()));
        return ExportContent.of(dataset, spec, locale, nowMillis).withSlide(slide);
    }

    /**
     * Writes every slide and the index into {@code folder}, creating it if missing.
     *
     * @param progress receives 0…1 on the calling thread
     * @throws IOException when the folder cannot be created or written (files already finished stay whole)
     */
    public Result write(Path folder, PngExporter exporter, DoubleConsumer progress) throws Exception {
        long start = System.nanoTime();
        int n = size();
        prepare(folder, n);
        List<Path> written = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("slide export cancelled after " + i + " of " + n + " slides");
            }
            int done = i;
            Path file = folder.resolve(fileName(i + 1, n));
            exporter.export(slide(i), file, p -> progress.accept((done + p) / n));
            written.add(file);
        }
        Path index = folder.resolve(INDEX);
        byte[] text = index().getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(index, out -> out.write(text));
        List<Path> removed = removeLeftOver(folder, written);
        progress.accept(1);
        return new Result(folder, written, index, removed, template.pixelWidth(), template.pixelHeight(),
                System.nanoTime() - start);
    }

    /**
     * Removes the slides an earlier export left in {@code folder} that this deck did not write over (a longer
     * briefing's step-10.png … after a shorter one), so the folder holds one deck, as its index lists it. Only
     * files named as slides are touched, and only once the new deck and its index are whole.
     */
    private static List<Path> removeLeftOver(Path folder, List<Path> written) throws IOException {
        List<Path> removed = new ArrayList<>();
        Set<Path> keep = new HashSet<>();
        for (Path p : written) {
            keep.add(p.getFileName());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Path name = file.getFileName();
                if (!keep.contains(name) && SLIDE_FILE.matcher(name.toString()).matches() && Files.isRegularFile(file)) {
                    Files.delete(file);
                    removed.add(file);
                }
            }
        }
        removed.sort(null);
        return removed;
    }

    /** Creates {@code folder} if needed and checks that slides can be written into it, before any rendering. */
    public static void prepare(Path folder, int stepCount) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        AtomicFileWriter.checkWritable(folder.resolve(fileName(1, stepCount)));
        AtomicFileWriter.checkWritable(folder.resolve(INDEX));
    }

    /** The index: a Markdown table of step number, slide file, date, event title and caption, in order. */
    public String index() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(briefing.title())).append("\n\n");
        md.append(escape(dataset.title())).append(" · ").append(Counted.of(size(), "step"))
                .append(" · ").append(template.pixelWidth()).append('×').append(template.pixelHeight())
                .append(" pixels · Sightline ").append(escape(Version.get())).append("\n\n");
        md.append("| Step | Slide | Date | Event | Status | Caption |\n");
        md.append("|---:|---|---|---|---|---|\n");
        for (int i = 0; i < size(); i++) {
            BriefingStep step = briefing.steps().get(i);
            TimelineEvent e = event(step);
            String file = fileName(i + 1, size());
            md.append("| ").append(i + 1)
                    .append(" | [").append(file).append("](").append(file).append(')')
                    .append(" | ").append(escape(dateLabel(step)))
                    .append(" | ").append(e == null ? "" : escape(e.title()))
                    .append(" | ").append(e == null ? "" : e.status().label())
                    .append(" | ").append(escape(step.caption()))
                    .append(" |\n");
        }
        return md.toString();
    }

    /**
     * Dataset text as literal Markdown on one table row: line breaks become spaces, control characters
     * go, and the characters that start links, emphasis, code, HTML, entities or cells are backslash-escaped.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(ch)) {
                continue;
            } else {
                if ("\\`*_[]<>&|~".indexOf(ch) >= 0) {
                    out.append('\\');
                }
                out.append(ch);
            }
        }
        return out.toString();
    }
}
