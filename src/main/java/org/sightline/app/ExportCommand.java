package org.sightline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.io.AtomicFileWriter;
import org.sightline.io.BundledDataset;
import org.sightline.io.Checksums;
import org.sightline.io.DatasetFiles;
import org.sightline.io.FileErrors;
import org.sightline.io.LoadResult;
import org.sightline.io.Problem;
import org.sightline.model.Briefing;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.Hierarchy;
import org.sightline.model.HierarchyNode;
import org.sightline.model.InvalidDateException;
import org.sightline.model.LaneGrouping;
import org.sightline.model.PartialDate;
import org.sightline.model.ViewSpec;
import org.sightline.view.export.BriefingSlides;
import org.sightline.view.export.ExportContent;
import org.sightline.view.export.PngExporter;
import org.sightline.view.timeline.Lane;
import org.sightline.view.timeline.LaneModel;
import org.sightline.view.timeline.TimelineStyle;

/**
 * {@code --export} and {@code --export-briefing}: checks the arguments, loads the dataset, renders headless
 * and writes the PNG, or one PNG per briefing step and an index.
 */
final class ExportCommand {

    /** A bad argument: exit 2 with this message. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The export itself failed: exit 1 with this message. */
    private static final class FailedException extends Exception {
        private static final long serialVersionUID = 1L;

        FailedException(String message) {
            super(message);
        }
    }

    private final ExportOptions o;
    private final Path datasetFile;
    private final PrintWriter out;
    private final PrintWriter err;

    ExportCommand(ExportOptions options, Path datasetFile, PrintWriter out, PrintWriter err) {
        this.o = options;
        this.datasetFile = datasetFile;
        this.out = out;
        this.err = err;
    }

    int run() {
        try {
            return export();
        } catch (UsageException e) {
            err.println("sightline: " + e.getMessage());
            return SightlineCommand.EXIT_USAGE;
        } catch (FailedException e) {
            err.println("sightline: " + e.getMessage());
            return SightlineCommand.EXIT_FAILED;
        }
    }

    private int export() throws UsageException, FailedException {
        if (o.export != null && o.exportBriefing != null) {
            throw new UsageException("use either --export or --export-briefing, not both");
        }
        if (o.export != null && o.export.toString().isBlank()) {
            throw new UsageException("--export: expected the PNG file to write, got an empty name");
        }
        if (o.exportBriefing != null && o.exportBriefing.toString().isBlank()) {
            throw new UsageException("--export-briefing: expected the folder to write the slides to, got an empty name");
        }
        if (o.exportBriefing == null && o.briefing != null) {
            throw new UsageException("--briefing only applies to --export-briefing DIR");
        }
        if (o.exportBriefing != null && o.firstLane != null) {
            throw new UsageException("--first-lane does not apply to --export-briefing: each slide starts its lanes"
                    + " where its step's event can be seen");
        }
        if (o.exportBriefing != null) {
            String notForSlides = notForSlides();
            if (notForSlides != null) {
                throw new UsageException(notForSlides + " does not apply to --export-briefing: each slide shows its"
                        + " step's window with every event");
            }
        }
        PartialDate from = date("--from", o.from);
        PartialDate to = date("--to", o.to);
        if (from != null && to != null && to.endMillis() <= from.startMillis()) {
            throw new UsageException("--from " + o.from + " is after --to " + o.to + ": the range must end after it starts");
        }
        if (o.width < ViewSpec.MIN_LAYOUT_SIDE || o.height < ViewSpec.MIN_LAYOUT_SIDE) {
            throw new UsageException("--width/--height " + o.width + "×" + o.height + ": each must be at least "
                    + ViewSpec.MIN_LAYOUT_SIDE);
        }
        int pixelWidth = pixels(o.width);
        int pixelHeight = pixels(o.height);
        String sizeProblem = ViewSpec.sizeProblem(pixelWidth, pixelHeight, o.scale);
        if (sizeProblem != null) {
            throw new UsageException("--width/--height/--scale: " + sizeProblem);
        }
        LaneGrouping grouping = LaneGrouping.fromId(o.groupBy).orElseThrow(() -> new UsageException(
                "--group-by: \"" + o.groupBy + "\" is not one of organisation, organisation-tree, region, status, none"));
        if (TimelineStyle.named(o.theme).isEmpty()) {
            throw new UsageException("--theme: \"" + o.theme + "\" is not one of light, dark, print");
        }
        Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
        for (String id : list(o.filterStatuses)) {
            statuses.add(EventStatus.fromId(id).orElseThrow(() -> new UsageException(
                    "--filter-status: \"" + id + "\" is not a status; expected one of " + EventStatus.allIds())));
        }
        if (datasetFile != null && !Files.isRegularFile(datasetFile)) {
            throw new UsageException(SightlineCommand.notAFile("--dataset", datasetFile));
        }

        Dataset dataset = load();
        Set<String> collapsed = collapsedLanes(dataset, grouping);
        if (o.exportBriefing != null) {
            return exportBriefing(dataset, grouping, collapsed, pixelWidth, pixelHeight);
        }
        Set<String> orgs = ids("--filter-org", "organisation", o.filterOrganisations, dataset.organisations());
        Set<String> regions = ids("--filter-region", "region", o.filterRegions, dataset.regions());
        EventFilter filter = new EventFilter(orgs, regions, statuses, Set.of(), o.filterText);
        DateRange range = range(dataset, filter, from, to);
        ViewSpec.DatasetRef ref = reference(dataset);
        ViewSpec spec = new ViewSpec(ref, range, grouping, filter, o.theme, pixelWidth, pixelHeight, o.scale,
                o.title, o.subtitle, !o.noLegend, !o.noFooter, o.panels, collapsed)
                .withFirstLane(firstLane(dataset, filter, grouping, collapsed));

        Path target = o.export;
        try {
            AtomicFileWriter.checkWritable(target);
        } catch (IOException e) {
            throw new FailedException(AtomicFileWriter.describe(target, e));
        }
        try {
            HeadlessFx.start();
            ExportContent content = ExportContent.of(dataset, spec, Locale.getDefault(), System.currentTimeMillis());
            PngExporter.Result result = new PngExporter().export(content, target, p -> { });
            out.printf(Locale.ROOT, "Wrote %s (%d×%d pixels, %,d bytes, %s shown) in %.2f s%n", target,
                    result.width(), result.height(), result.bytes(), Counted.of(result.eventsDrawn(), "event"),
                    result.totalNanos() / 1e9);
            if (result.lanesLeftOut() > 0) {
                err.println("sightline: " + PngExporter.lanesLeftOutNote(result.lanesLeftOut())
                        + "; a larger --height, --collapse, another --group-by or a filter shows them");
            }
            if (content.shown().isEmpty()) {
                String why = content.events().isEmpty() ? "is left by the filters"
                        : "falls in " + range.from().toIso() + " – " + range.to().toIso();
                err.println("sightline: no event " + why + "; the image shows empty lanes");
            }
            return SightlineCommand.EXIT_OK;
        } catch (IOException e) {
            throw new FailedException(AtomicFileWriter.describe(target, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FailedException("export of " + target + " was interrupted; nothing was written");
        } catch (Exception e) {
            throw new FailedException("export of " + target + " failed (" + e + "); nothing was written");
        }
    }

    /** The first option given that slides do not use, or null. */
    private String notForSlides() {
        if (o.from != null) {
            return "--from";
        }
        if (o.to != null) {
            return "--to";
        }
        if (o.subtitle != null) {
            return "--subtitle";
        }
        if (o.filterOrganisations != null) {
            return "--filter-org";
        }
        if (o.filterRegions != null) {
            return "--filter-region";
        }
        if (o.filterStatuses != null) {
            return "--filter-status";
        }
        return o.filterText != null ? "--filter-text" : null;
    }

    /** The lane {@code --first-lane} names, checked against the lanes this export has; null when not given. */
    private String firstLane(Dataset dataset, EventFilter filter, LaneGrouping grouping, Set<String> collapsed)
            throws UsageException {
        if (o.firstLane == null) {
            return null;
        }
        LaneModel lanes = LaneModel.build(dataset, filter.apply(dataset), grouping, collapsed);
        if (lanes.indexOf(o.firstLane) < 0) {
            throw new UsageException("--first-lane: \"" + o.firstLane + "\" is not a lane of this export; with --group-by "
                    + grouping.id() + (lanes.size() == 0 ? " it has no lanes"
                            : " its lanes are " + lanes.lanes().stream().map(Lane::id).collect(Collectors.joining(", "))));
        }
        return o.firstLane;
    }

    /** The lanes {@code --collapse} folds: ids of what the grouping makes lanes of. */
    private Set<String> collapsedLanes(Dataset dataset, LaneGrouping grouping) throws UsageException {
        if (o.collapse == null) {
            return Set.of();
        }
        return switch (grouping) {
            case ORGANISATION_TREE -> ids("--collapse", "organisation", o.collapse, dataset.organisations());
            case ORGANISATION -> {
                Set<String> ids = ids("--collapse", "organisation", o.collapse, dataset.organisations());
                for (String id : ids) {
                    if (dataset.organisations().depthOf(id) > 0) {
                        throw new UsageException("--collapse: \"" + id + "\" is not a lane with --group-by organisation,"
                                + " whose lanes are the top-level organisations ("
                                + dataset.organisations().roots().stream().map(HierarchyNode::id)
                                        .collect(Collectors.joining(", "))
                                + "); --group-by organisation-tree has a lane for it");
                    }
                }
                yield ids;
            }
            case REGION -> ids("--collapse", "region", o.collapse, dataset.regions());
            case STATUS -> {
                for (String id : o.collapse) {
                    EventStatus.fromId(id).orElseThrow(() -> new UsageException("--collapse: \"" + id
                            + "\" is not a status; with --group-by status the lanes are " + EventStatus.allIds()));
                }
                yield Set.copyOf(o.collapse);
            }
            case NONE -> throw new UsageException("--collapse: with --group-by none there is one lane and nothing to fold");
        };
    }

    private int exportBriefing(Dataset dataset, LaneGrouping grouping, Set<String> collapsed, int pixelWidth,
                               int pixelHeight) throws UsageException, FailedException {
        Briefing briefing = briefing(dataset);
        if (briefing.steps().isEmpty()) {
            throw new FailedException("the dataset has no events, so its briefing has no steps; nothing was exported");
        }
        Path folder = o.exportBriefing;
        try {
            BriefingSlides.prepare(folder, briefing.steps().size());
        } catch (IOException e) {
            throw new FailedException(AtomicFileWriter.describe(folder.resolve(BriefingSlides.fileName(1,
                    briefing.steps().size())), e));
        }
        // Each slide replaces the range with its step's window.
        DateRange first = DateRange.covering(briefing.steps().get(0).window(dataset));
        ViewSpec template = new ViewSpec(reference(dataset), first, grouping, EventFilter.NONE, o.theme, pixelWidth, pixelHeight, o.scale,
                o.title, null, !o.noLegend, !o.noFooter, o.panels, collapsed);
        BriefingSlides slides = new BriefingSlides(dataset, briefing, template, Locale.getDefault(),
                System.currentTimeMillis());
        try {
            HeadlessFx.start();
            BriefingSlides.Result result = slides.write(folder, new PngExporter(), p -> { });
            out.printf(Locale.ROOT, "Wrote %d slides (%d×%d pixels) and %s to %s in %.2f s%s%n", result.slides().size(),
                    result.width(), result.height(), BriefingSlides.INDEX, folder, result.nanos() / 1e9,
                    result.removedNote());
            return SightlineCommand.EXIT_OK;
        } catch (IOException e) {
            throw new FailedException(AtomicFileWriter.describe(folder, e) + "; the slides already written are whole,"
                    + " and any others in the folder are from an earlier export");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FailedException("slide export to " + folder + " was interrupted");
        } catch (Exception e) {
            throw new FailedException("slide export to " + folder + " failed (" + e + ")");
        }
    }

    /** The briefing named by --briefing, else the dataset's first, else the automatic one. */
    private Briefing briefing(Dataset dataset) throws UsageException {
        if (o.briefing == null) {
            return dataset.defaultBriefing();
        }
        Briefing automatic = Briefing.automatic(dataset);
        List<Briefing> known = new ArrayList<>(dataset.briefings());
        known.add(automatic);
        for (Briefing b : known) {
            if (o.briefing.equals(b.id())) {
                return b;
            }
        }
        throw new UsageException("--briefing: no briefing \"" + o.briefing + "\" in the dataset; its briefings are: "
                + known.stream().map(b -> b.id() + (b == automatic ? " (every event in time order)" : " (" + b.title() + ")"))
                        .collect(Collectors.joining(", ")));
    }

    private static PartialDate date(String option, String text) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (InvalidDateException e) {
            throw new UsageException(option + ": \"" + text + "\" " + e.getMessage());
        }
    }

    private int pixels(int layout) throws UsageException {
        if (!(o.scale > 0) || Double.isInfinite(o.scale)) {
            throw new UsageException("--scale: expected a number above 0, got " + o.scale);
        }
        double px = layout * o.scale;
        return px > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.round(px);
    }

    private Dataset load() throws FailedException {
        LoadResult result = datasetFile == null ? BundledDataset.load() : DatasetFiles.read(datasetFile);
        if (result.dataset() == null) {
            for (Problem p : result.errors()) {
                err.println(p.format());
            }
            throw new FailedException("--dataset " + datasetFile + " has " + result.errors().size()
                    + " error(s); nothing was exported");
        }
        return result.dataset();
    }

    private ViewSpec.DatasetRef reference(Dataset dataset) throws FailedException {
        if (datasetFile == null) {
            return new ViewSpec.DatasetRef(BundledDataset.NAME, dataset.title(), Checksums.bundledSha256());
        }
        try {
            return new ViewSpec.DatasetRef(datasetFile.getFileName().toString(), dataset.title(),
                    Checksums.sha256(datasetFile));
        } catch (IOException e) {
            throw new FailedException("cannot read " + datasetFile + ": " + FileErrors.reason(e));
        }
    }

    private static DateRange range(Dataset dataset, EventFilter filter, PartialDate from, PartialDate to)
            throws FailedException, UsageException {
        if (from != null && to != null) {
            return new DateRange(from, to);
        }
        if (dataset.extent().isEmpty()) {
            throw new FailedException("the dataset has no events or eras, so there is no time range to export; "
                    + "give --from and --to");
        }
        DateRange covering = ExportContent.defaultRange(dataset, filter);
        PartialDate start = from != null ? from : covering.from();
        PartialDate end = to != null ? to : covering.to();
        if (end.endMillis() <= start.startMillis()) {
            throw new UsageException("the range " + start + " … " + end + " is empty: the data "
                    + (from != null ? "ends before --from" : "starts after --to") + "; give both --from and --to");
        }
        return new DateRange(start, end);
    }

    private static <T extends HierarchyNode> Set<String> ids(String option, String what, List<String> given,
                                                            Hierarchy<T> tree) throws UsageException {
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : list(given)) {
            if (tree.contains(id)) {
                out.add(id);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            String known = tree.all().stream().map(HierarchyNode::id).limit(40).collect(Collectors.joining(", "));
            throw new UsageException(option + ": unknown " + what + " id" + (unknown.size() == 1 ? " " : "s ")
                    + unknown.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "))
                    + "; the dataset's " + what + " ids are: " + known + (tree.size() > 40 ? ", …" : ""));
        }
        return out;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
