package org.sightline.controller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.io.AtomicFileWriter;
import org.sightline.io.BundledDataset;
import org.sightline.io.Checksums;
import org.sightline.io.DatasetFiles;
import org.sightline.io.DatasetIdentity;
import org.sightline.io.FileErrors;
import org.sightline.io.LoadResult;
import org.sightline.io.ViewSpecException;
import org.sightline.io.ViewSpecJson;
import org.sightline.io.png.PngTextReader;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.Hierarchy;
import org.sightline.model.HierarchyNode;
import org.sightline.model.ViewSpec;

/**
 * Restores the view embedded in a Sightline PNG: reads and validates the view, finds its dataset (the
 * current one if its checksum matches, the bundled one, or a file of that name next to the image), then
 * sets the time window, lane grouping and filters in {@link ViewState}.
 * <p>
 * {@link #prepare} does the file work on any thread; {@link #apply} changes the state on the FX thread.
 */
public final class ViewRestorer {

    private final ViewState state;

    public ViewRestorer(ViewState state) {
        this.state = state;
    }

    /** What was found: the view and the dataset to show it with (null when the message explains why not). */
    public record Plan(Path image, ViewSpec spec, Dataset dataset, String source, boolean datasetChanged,
                       String message) {
        public boolean canApply() {
            return spec != null && dataset != null;
        }
    }

    /**
     * Reads the image and locates its dataset; never throws for a bad file.
     *
     * @param currentSource where the current dataset came from (a path or the bundled name), or null
     * @param current       the current dataset, or null
     */
    public Plan prepare(Path image, String currentSource, Dataset current) {
        ViewSpec spec;
        try {
            String json = PngTextReader.find(PngTextReader.read(image), ViewSpecJson.KEYWORD);
            if (json == null) {
                return failed(image, image.getFileName() + " holds no Sightline view: only PNGs exported by Sightline "
                        + "can be opened");
            }
            spec = ViewSpecJson.parse(json);
        } catch (ViewSpecException e) {
            return failed(image, image.getFileName() + ": the saved view cannot be used: " + e.getMessage());
        } catch (IOException e) {
            return failed(image, "cannot read " + image + ": " + FileErrors.reason(e));
        }
        ViewSpec.DatasetRef wanted = spec.dataset();
        if (current != null && currentSource != null) {
            ViewSpec.DatasetRef have = DatasetIdentity.of(currentSource, current);
            if (wanted.sha256() != null && wanted.sha256().equals(have.sha256())) {
                return new Plan(image, spec, current, currentSource, false, null);
            }
        }
        if (BundledDataset.NAME.equals(wanted.name())) {
            boolean same = wanted.sha256() == null || wanted.sha256().equals(Checksums.bundledSha256());
            LoadResult bundled = BundledDataset.load();
            if (bundled.dataset() != null) {
                return new Plan(image, spec, bundled.dataset(), BundledDataset.NAME, !same, null);
            }
        }
        Path folder = image.toAbsolutePath().getParent();
        Path sibling = folder == null || wanted.name().contains("/") || wanted.name().contains("\\")
                ? null : folder.resolve(wanted.name());
        if (sibling != null && Files.isRegularFile(sibling)) {
            try {
                String sha = Checksums.sha256(sibling);
                LoadResult result = DatasetFiles.read(sibling);
                if (result.dataset() != null) {
                    return new Plan(image, spec, result.dataset(), sibling.toString(),
                            wanted.sha256() != null && !wanted.sha256().equals(sha), null);
                }
            } catch (IOException e) {
                return failed(image, AtomicFileWriter.describe(sibling, e).replace("cannot write", "cannot read"));
            }
        }
        if (current != null && currentSource != null && Path.of(currentSource).getFileName() != null
                && Path.of(currentSource).getFileName().toString().equals(wanted.name())) {
            return new Plan(image, spec, current, currentSource, true, null);
        }
        return new Plan(image, spec, null, null, false, "This image shows the dataset \"" + wanted.title() + "\" ("
                + wanted.name() + "), which is not at hand. Open that dataset first (or put it next to the image), "
                + "then open the image again.");
    }

    /**
     * Applies a plan on the FX thread: dataset (if another), window, grouping and filters. Ids the dataset
     * does not know are dropped.
     *
     * @return a sentence for the status or a message box
     */
    public String apply(Plan plan) {
        if (!plan.canApply()) {
            return plan.message();
        }
        ViewSpec spec = plan.spec();
        if (state.getDataset() != plan.dataset()) {
            state.setDataset(plan.dataset(), plan.source());
        }
        List<String> dropped = new ArrayList<>();
        EventFilter f = spec.filter();
        EventFilter filter = new EventFilter(known(f.organisationIds(), plan.dataset().organisations(), dropped),
                known(f.regionIds(), plan.dataset().regions(), dropped), f.statuses(), f.tags(), f.text());
        state.setFilter(filter);
        state.setLaneGrouping(spec.grouping());
        state.getCollapsedLanes().clear();
        state.getCollapsedLanes().addAll(spec.collapsedLanes());
        state.setFirstLane(spec.firstLane());
        state.setVisibleWindow(spec.range().window());
        if (spec.focusEvent() != null) {
            plan.dataset().event(spec.focusEvent()).filter(state.getFilteredEvents()::contains)
                    .ifPresent(state::setSelectedEvent);
        }
        StringBuilder sb = new StringBuilder("Restored the view of " + plan.image().getFileName() + ": "
                + spec.range().label(java.util.Locale.getDefault()));
        if (plan.datasetChanged()) {
            sb.append(". Note: the dataset has changed since the image was made (its checksum differs)");
        }
        if (!dropped.isEmpty()) {
            sb.append(". Filters on ids this dataset lacks were dropped: ").append(String.join(", ", dropped));
        }
        return sb.toString();
    }

    private static <T extends HierarchyNode> Set<String> known(Set<String> ids, Hierarchy<T> tree, List<String> dropped) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (tree.contains(id)) {
                out.add(id);
            } else {
                dropped.add(id);
            }
        }
        return out;
    }

    private static Plan failed(Path image, String message) {
        return new Plan(image, null, null, null, false, message);
    }
}
