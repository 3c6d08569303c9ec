package org.sightline.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.io.DatasetFiles;
import org.sightline.io.LoadResult;
import org.sightline.io.Problem;
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
        exitCodeList = {"0:success (for --validate: every file is valid)",
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

    @Option(names = "--validate", paramLabel = "FILE", arity = "1..*",
            description = "Check dataset files without opening a window; print each problem as FILE:LINE:COLUMN: message.")
    private List<Path> validate;

    @Mixin
    private ExportOptions export = new ExportOptions();

    Path dataset() {
        return dataset;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (validate != null) {
            return validate(out, err);
        }
        if (export.requested()) {
            return new ExportCommand(export, dataset, out, err).run();
        }
        String stray = ExportOptions.strayOption(spec.commandLine().getParseResult());
        if (stray != null) {
            err.println("sightline: " + stray + " only applies to --export OUT.png");
            return EXIT_USAGE;
        }
        if (dataset != null && !Files.isRegularFile(dataset)) {
            err.println("sightline: --dataset: no such file: " + dataset);
            return EXIT_USAGE;
        }
        return LAUNCH_GUI;
    }

    private int validate(PrintWriter out, PrintWriter err) {
        for (Path file : validate) {
            if (!Files.isRegularFile(file)) {
                err.println("sightline: --validate: no such file: " + file);
                return EXIT_USAGE;
            }
        }
        boolean allValid = true;
        for (Path file : validate) {
            LoadResult result = DatasetFiles.read(file);
            for (Problem p : result.problems()) {
                out.println(p.format());
            }
            Dataset d = result.dataset();
            if (d == null) {
                allValid = false;
                out.println(file + ": INVALID (" + result.errors().size() + " error"
                        + (result.errors().size() == 1 ? "" : "s") + ", " + result.warnings().size() + " warning"
                        + (result.warnings().size() == 1 ? "" : "s") + ")");
            } else {
                out.println(file + ": OK (" + d.events().size() + " events, " + d.organisations().size()
                        + " organisations, " + d.regions().size() + " regions, " + d.eras().size() + " eras, "
                        + result.warnings().size() + " warning" + (result.warnings().size() == 1 ? "" : "s") + ")");
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
