package org.sightline.app;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The command-line options of headless PNG export (mixed into {@link SightlineCommand}). */
public final class ExportOptions {

    @Option(names = "--export", paramLabel = "OUT.png",
            description = "Write a PNG snapshot of the dataset to OUT.png without opening a window (no display needed).")
    Path export;

    @Option(names = "--export-briefing", paramLabel = "DIR",
            description = "Write the dataset's briefing as slides (step-01.png …, one per step) and index.md into DIR,"
                    + " creating it if missing, without opening a window (no display needed).")
    Path exportBriefing;

    @Option(names = "--briefing", paramLabel = "ID",
            description = "With --export-briefing: which briefing (default: the dataset's first; with none, every event"
                    + " in time order, id 'automatic').")
    String briefing;

    @Option(names = "--from", paramLabel = "DATE", description = "Export: start of the time range, at its precision (2019, 2019-01, 2019-01-15,"
            + " 2019-01-15T09:30Z). Default: the data's start.")
    String from;

    /** Shared by two commands, as their specifications name it: a date for --export, a format for --convert. */
    @Option(names = "--to", paramLabel = "DATE|FORMAT", description = {
        "With --export: end of the time range, inclusive at its precision (2025-01 means through January 2025). Default: the data's end.",
        "With --convert: the format written, native-json or native-csv (default: from OUT's extension, .csv gives native-csv)."})
    String to;

    @Option(names = "--width", paramLabel = "N", description = "Export: layout width (default: ${DEFAULT-VALUE}).", defaultValue = "1920")
    int width;

    @Option(names = "--height", paramLabel = "N", description = "Export: layout height (default: ${DEFAULT-VALUE}).", defaultValue = "1080")
    int height;

    @Option(names = "--scale", paramLabel = "X", description = "Export: pixels per layout unit, e.g. 2 for 3840×2160 from 1920×1080 (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double scale;

    @Option(names = "--group-by", paramLabel = "LANES", description = "Export: organisation, organisation-tree, region, status or none (default: ${DEFAULT-VALUE}).", defaultValue = "organisation")
    String groupBy;

    @Option(names = "--collapse", paramLabel = "ID", arity = "1..*", description = "Export: fold these lanes, as a click on a lane header does (organisation ids, region ids with --group-by region, status ids with --group-by status): a parent's lanes roll up into it, a lane without children keeps one row.")
    List<String> collapse;

    @Option(names = "--first-lane", paramLabel = "ID", description = "Export: start the lanes at this one (an id as --collapse takes) when they do not all fit, as the window does when its lanes are scrolled.")
    String firstLane;

    @Option(names = "--theme", paramLabel = "THEME", description = "Export: light, dark or print (default: ${DEFAULT-VALUE}).", defaultValue = "light")
    String theme;

    @Option(names = "--title", paramLabel = "TEXT", description = "Export: title (default: the dataset's title).")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "Export: subtitle (default: the time range shown).")
    String subtitle;

    @Option(names = "--filter-org", paramLabel = "ID", arity = "1..*", description = "Export: only events of these organisations (or below them).")
    List<String> filterOrganisations;

    @Option(names = "--filter-region", paramLabel = "ID", arity = "1..*", description = "Export: only events in these regions (or places inside them).")
    List<String> filterRegions;

    @Option(names = "--filter-status", paramLabel = "STATUS", arity = "1..*", description = "Export: only events with these statuses.")
    List<String> filterStatuses;

    @Option(names = "--filter-text", paramLabel = "TEXT", description = "Export: only events whose text contains TEXT.")
    String filterText;

    @Option(names = "--no-legend", description = "Export: leave out the legend.")
    boolean noLegend;

    @Option(names = "--no-footer", description = "Export: leave out the footer.")
    boolean noFooter;

    @Option(names = "--panels", description = "Export: draw the organisation and region panels beside the timeline.")
    boolean panels;

    boolean requested() {
        return export != null || exportBriefing != null;
    }

    /** The first export option given without {@code --export}, or null. */
    static String strayOption(picocli.CommandLine.ParseResult parsed) {
        for (String name : List.of("--briefing", "--from", "--to", "--width", "--height", "--scale", "--group-by", "--collapse", "--theme", "--title",
                "--subtitle", "--filter-org", "--filter-region", "--filter-status", "--filter-text", "--no-legend",
                "--no-footer", "--panels")) {
            if (parsed.hasMatchedOption(name)) {
                return name;
            }
        }
        return null;
    }
}
