package org.sightline.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sightline.controller.ViewState;
import org.sightline.model.Counted;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;

/** Dataset title, counts, what is filtered and highlighted (with a one-click reset) at the bottom of the window. */
public final class StatusBar extends HBox {

    private final ViewState state;
    private final Label title = new Label();
    private final Label counts = new Label();
    private final Hyperlink reset = new Hyperlink("Reset");

    public StatusBar(ViewState state) {
        this.state = state;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        title.setId("statusTitle");
        title.getStyleClass().add("status-title");
        counts.setId("statusCounts");
        reset.setId("statusReset");
        reset.setOnAction(e -> state.resetFiltersAndHighlights());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, spacer, counts, reset);
        for (Observable o : List.<Observable>of(state.datasetProperty(), state.filteredEventsProperty(),
                state.filterProperty(), state.emphasisRevisionProperty())) {
            o.addListener(x -> update());
        }
        update();
    }

    /**
     * As tall with its Reset link as without: a bar that grew when a filter or highlight came moved every panel
     * above it by a few pixels, and they did not all come back.
     */
    @Override
    protected double computePrefHeight(double width) {
        return Math.max(super.computePrefHeight(width),
                snappedTopInset() + snapSizeY(reset.prefHeight(-1)) + snappedBottomInset());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private void update() {
        Dataset d = state.getDataset();
        if (d == null) {
            title.setText("No dataset");
            counts.setText("");
            reset.setVisible(false);
            return;
        }
        title.setText(d.title());
        int shown = state.getFilteredEvents().size();
        int total = d.events().size();
        String text = shown == total ? Counted.of(total, "event")
                : Counted.number(shown) + " of " + Counted.of(total, "event");
        List<String> narrowed = describe(d, state.getFilter());
        List<String> highlighted = highlights(d, state);
        if (!narrowed.isEmpty()) {
            text += " — filtered by: " + String.join(", ", narrowed);
        }
        if (!highlighted.isEmpty()) {
            text += " — highlighted: " + String.join(", ", highlighted);
        }
        if (narrowed.isEmpty() && highlighted.isEmpty()) {
            text += " · " + Counted.of(d.organisations().size(), "organisation") + " · "
                    + Counted.of(d.regions().size(), "region") + " · " + Counted.of(d.sourceCount(), "source");
        }
        counts.setText(text);
        reset.setVisible(state.isNarrowed());
        reset.setManaged(state.isNarrowed());
    }

    private static List<String> highlights(Dataset d, ViewState state) {
        List<String> parts = names(d, state.getHighlightedOrganisations(), state.getHighlightedRegions());
        if (!state.getHighlightText().isBlank()) {
            parts.add(quoted(state.getHighlightText()));
        }
        return parts;
    }

    /** Organisation short names and region names, each group sorted by id. */
    private static List<String> names(Dataset d, java.util.Set<String> organisationIds, java.util.Set<String> regionIds) {
        List<String> parts = new ArrayList<>();
        organisationIds.stream().sorted()
                .forEach(id -> parts.add(d.organisations().get(id).map(o -> o.shortName()).orElse(id)));
        regionIds.stream().sorted()
                .forEach(id -> parts.add(d.regions().get(id).map(r -> r.name()).orElse(id)));
        return parts;
    }

    private static List<String> describe(Dataset d, EventFilter f) {
        List<String> parts = names(d, f.organisationIds(), f.regionIds());
        f.statuses().forEach(s -> parts.add(s.label()));
        f.tags().stream().sorted().forEach(t -> parts.add("#" + t));
        if (!f.text().isEmpty()) {
            parts.add(quoted(f.text()));
        }
        return parts;
    }

    /** Search text as the status bar names it: in quotes (not twice), and at most 40 characters of it. */
    static String quoted(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.length() > 40) {
            t = t.substring(0, 39).strip() + "…";
        }
        return "\"" + t + "\"";
    }
}
