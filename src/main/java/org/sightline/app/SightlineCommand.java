package org.sightline.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.io.DatasetFiles;
import org.sightline.io.DatasetFormat;
import org.sightline.io.LoadResult;
import org.sightline.io.Problem;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line: open the window, or run a headless command and exit. */
@Command(name = "sightline", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Sightline: a timeline viewer for sourced event datasets.",
                "With no options it opens the window on the bundled curated dataset."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (for --validate: every file is valid; for --convert: the file was written)",
                "1:a file has problems, or the command failed",
                "2:bad arguments"})
public final class SightlineCommand implements Callable<Integer> {

    /** Not an exit code: tells {@link Launcher} to open the window. */
    public static final int LAUNCH_GUI = -1;
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE", description = "Open this dataset file instead of the bundled one.")
    private Path dataset;

    @Option(names = "--present", description = "Open straight into presenting the dataset's briefing, full screen (as F5).")
    private boolean present;

    @Option(names = "--validate", paramLabel = "FILE", arity = "1..*",
            description = "Check dataset files without opening a window; print each problem as FILE:LINE:COLUMN: message.")
    private List<Path> validate;

    @Option(names = "--convert", paramLabel = "FILE", arity = "2",
            description = "Convert IN (any supported format) to OUT, a native Sightline file, without opening a window;"
                    + " print a one-line summary.")
    private List<Path> convert;

    @Option(names = "--drop-briefings",
            description = "With --convert to native CSV, which has no place for briefings: write the CSV without the"
                    + " input's briefings (without this, such a conversion is refused).")
    private boolean dropBriefings;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read input files as this format instead of detecting it: native-json, native-csv,"
                    + " timelinejs-json, timelinejs-csv or vis-json.")
    private String format;

    @Option(names = "--lenient",
            description = "Import the valid rows of a TimelineJS or vis-timeline file that has errors in some rows;"
                    + " each skipped row is reported.")
    private boolean lenient;

    @Mixin
    private ExportOptions export = new ExportOptions();

    Path dataset() {
        return dataset;
    }

    boolean present() {
        return present;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (validate != null && convert != null) {
            err.println("sightline: use either --validate or --convert, not both");
            return EXIT_USAGE;
        }
        if (dropBriefings && convert == null) {
            err.println("sightline: --drop-briefings only applies to --convert");
            return EXIT_USAGE;
        }
        DatasetFormat inputFormat = null;
        if (format != null) {
            inputFormat = DatasetFormat.fromId(format).orElse(null);
            if (inputFormat == null) {
                err.println("sightline: --format: \"" + format + "\" is not a format: expected one of "
                        + DatasetFormat.allIds());
                return EXIT_USAGE;
            }
        }
        if (convert != null) {
            return new ConvertCommand(out, err).run(convert.get(0), convert.get(1), export.to, inputFormat, lenient,
                    dropBriefings);
        }
        if (validate != null) {
            String stray = ExportOptions.strayOption(spec.commandLine().getParseResult());
            if (stray != null) {
                err.println("sightline: " + stray + " does not apply to --validate");
                return EXIT_USAGE;
            }
            return validate(out, err, inputFormat);
        }
        if (export.requested()) {
            return new ExportCommand(export, dataset, out, err).run();
        }
        String stray = ExportOptions.strayOption(spec.commandLine().getParseResult());
        if (stray != null) {
            err.println("sightline: " + stray + " only applies to "
                    + ("--briefing".equals(stray) ? "--export-briefing DIR" : "--export OUT.png or --export-briefing DIR"));
            return EXIT_USAGE;
        }
        if (dataset != null && !Files.isRegularFile(dataset)) {
            err.println("sightline: " + notAFile("--dataset", dataset));
            return EXIT_USAGE;
        }
        return LAUNCH_GUI;
    }

    /** Why {@code file}, given to {@code option}, cannot be read as a file: a folder, or nothing at all. */
    static String notAFile(String option, Path file) {
        return option + ": " + (Files.isDirectory(file) ? "a folder, not a file: " : "no such file: ") + file;
    }

    private int validate(PrintWriter out, PrintWriter err, DatasetFormat inputFormat) {
        for (Path file : validate) {
            if (!Files.isRegularFile(file)) {
                err.println("sightline: " + notAFile("--validate", file));
                return EXIT_USAGE;
            }
        }
        boolean allValid = true;
        for (Path file : validate) {
            LoadResult result = DatasetFiles.read(file, inputFormat, lenient);
            for (Problem p : result.problems()) {
                out.println(p.format());
            }
            Dataset d = result.dataset();
            if (d == null) {
                allValid = false;
                out.println(file + ": INVALID (" + Counted.of(result.errors().size(), "error") + ", "
                        + Counted.of(result.warnings().size(), "warning") + ")"
                        + (result.canImportValidRows() ? "; --lenient would import the valid rows" : ""));
            } else {
                out.println(file + ": OK (" + Counted.of(d.events().size(), "event") + ", "
                        + Counted.of(d.organisations().size(), "organisation") + ", "
                        + Counted.of(d.regions().size(), "region") + ", " + Counted.of(d.eras().size(), "era") + ", "
                        + Counted.of(result.warnings().size(), "warning") + ")"
                        + (result.format() != null && !result.format().isNative() ? ", read as " + result.format().label()
                        : ""));
            }
        }
        return allValid ? EXIT_OK : EXIT_FAILED;
    }

    /** Reads the version from the jar manifest. */
    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sightline " + org.sightline.view.Version.get()};
        }
    }
}
