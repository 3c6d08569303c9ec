package org.sightline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.sightline.io.AtomicFileWriter;
import org.sightline.io.DatasetFiles;
import org.sightline.io.DatasetFormat;
import org.sightline.io.LoadResult;
import org.sightline.io.Problem;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import org.sightline.model.TimelineEvent;

/**
 * {@code --convert IN OUT}: reads any supported format and writes a native file atomically. Problems go
 * to the error stream; the one-line summary to the output. Native CSV has no place for briefings, so a
 * dataset with briefings is converted to CSV only with {@code --drop-briefings} (as Save As asks first).
 */
final class ConvertCommand {

    private final PrintWriter out;
    private final PrintWriter err;

    ConvertCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Path in, Path target, String to, DatasetFormat inputFormat, boolean lenient, boolean dropBriefings) {
        if (!Files.isRegularFile(in)) {
            err.println("sightline: " + SightlineCommand.notAFile("--convert", in));
            return SightlineCommand.EXIT_USAGE;
        }
        DatasetFormat output = to == null ? DatasetFiles.nativeFormatFor(target) : DatasetFormat.fromId(to).orElse(null);
        if (output == null || !output.isNative()) {
            err.println("sightline: --to: \"" + to + "\" is not a format Sightline writes: expected native-json or "
                    + "native-csv");
            return SightlineCommand.EXIT_USAGE;
        }
        if (target.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            err.println("sightline: --convert: OUT is the same file as IN: choose another name");
            return SightlineCommand.EXIT_USAGE;
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            err.println("sightline: --convert: no such folder for " + target);
            return SightlineCommand.EXIT_USAGE;
        }
        LoadResult result = DatasetFiles.read(in, inputFormat, lenient);
        for (Problem p : result.problems()) {
            err.println(p.format());
        }
        Dataset d = result.dataset();
        if (d == null) {
            err.println(in + ": not converted (" + Counted.of(result.errors().size(), "error") + ")"
                    + (result.canImportValidRows() ? "; --lenient would import the valid rows" : ""));
            return SightlineCommand.EXIT_FAILED;
        }
        int briefings = d.briefings().size();
        boolean dropping = output == DatasetFormat.NATIVE_CSV && briefings > 0;
        if (dropping && !dropBriefings) {
            int steps = d.briefings().stream().mapToInt(b -> b.steps().size()).sum();
            err.println("sightline: --convert: " + in + " has " + Counted.of(briefings, "briefing") + " ("
                    + Counted.of(steps, "step") + "), which native CSV cannot hold: write OUT as .json to keep "
                    + (briefings == 1 ? "it" : "them") + ", or add --drop-briefings to write the CSV without "
                    + (briefings == 1 ? "it" : "them"));
            return SightlineCommand.EXIT_USAGE;
        }
        try {
            DatasetFiles.write(d, target, output);
        } catch (IOException e) {
            err.println("sightline: " + AtomicFileWriter.describe(target, e));
            return SightlineCommand.EXIT_FAILED;
        }
        out.println(in + " -> " + target + " (" + output.id() + "): " + Counted.of(d.events().size(), "event") + ", "
                + Counted.of(d.eras().size(), "era") + ", " + Counted.of(lanes(d), "lane") + ", "
                + Counted.of(d.organisations().size(), "organisation") + ", " + Counted.of(d.regions().size(), "region") + ", "
                + Counted.of(result.warnings().size(), "warning")
                + (dropping ? "; " + Counted.of(briefings, "briefing") + " left out (native CSV has no briefings)" : ""));
        return SightlineCommand.EXIT_OK;
    }

    /**
     * Lanes when the timeline groups by organisation: one per top-level organisation that has events at
     * or below it, plus one for events without an organisation.
     */
    static int lanes(Dataset d) {
        Set<String> roots = new HashSet<>();
        boolean unassigned = false;
        for (TimelineEvent e : d.events()) {
            if (e.organisationIds().isEmpty()) {
                unassigned = true;
            }
            for (String id : e.organisationIds()) {
                d.organisations().rootOf(id).ifPresent(o -> roots.add(o.id()));
            }
        }
        return roots.size() + (unassigned ? 1 : 0);
    }

}
