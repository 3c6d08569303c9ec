package org.sightline.view;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sightline.controller.ViewState;
import org.sightline.io.Links;
import org.sightline.model.Dataset;
import org.sightline.model.DateLabels;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;

/**
 * Shows the selected event: title, date at its precision, status, summary, organisations, regions and
 * sources. Dataset text is shown as plain text only. Source links open only when clicked.
 */
public final class DetailsPane extends ScrollPane {

    private final ViewState state;
    private final LinkOpener linkOpener;
    private final VBox content = new VBox(8);

    public DetailsPane(ViewState state, LinkOpener linkOpener) {
        this.state = state;
        this.linkOpener = linkOpener;
        setId("detailsPane");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        content.getStyleClass().add("details-content");
        content.setPadding(new Insets(12));
        setContent(content);
        state.selectedEventProperty().addListener((obs, old, now) -> show(now));
        state.datasetProperty().addListener((obs, old, now) -> show(state.getSelectedEvent()));
        show(null);
    }

    private void show(TimelineEvent e) {
        content.getChildren().clear();
        Dataset dataset = state.getDataset();
        if (e == null || dataset == null) {
            Label hint = new Label("Select an event on the timeline or in the table to see its details and sources.");
            hint.setWrapText(true);
            hint.getStyleClass().add("details-hint");
            content.getChildren().add(hint);
            return;
        }
        Label title = wrapped(e.title(), "details-title");
        title.setId("detailsTitle");
        Label date = new Label(EventTable.dateLabel(e));
        date.getStyleClass().add("details-date");
        date.setId("detailsDate");
        Label status = new Label(e.status().label());
        status.getStyleClass().addAll("status-badge", "status-" + e.status().id());
        status.setTooltip(new Tooltip(e.status().description()));
        FlowPane header = new FlowPane(8, 4, date, status);
        if (e.confidence() != null) {
            Label confidence = new Label("Confidence: " + e.confidence().id());
            confidence.getStyleClass().add("details-confidence");
            header.getChildren().add(confidence);
        }
        content.getChildren().addAll(title, header, wrapped(e.summary(), "details-summary"));

        FlowPane orgs = chips();
        for (String id : e.organisationIds()) {
            dataset.organisations().get(id).ifPresent(o -> orgs.getChildren().add(chip(o.shortName(), o.name())));
        }
        FlowPane regions = chips();
        for (String id : e.regionIds()) {
            dataset.regions().get(id).ifPresent(r -> regions.getChildren().add(chip(r.name(), r.name())));
        }
        content.getChildren().addAll(section("Organisations"), orgs, section("Regions"), regions,
                section("Sources (" + e.sources().size() + ")"));
        for (Source s : e.sources()) {
            content.getChildren().add(source(s));
        }
        if (e.notes() != null && !e.notes().isBlank()) {
            content.getChildren().addAll(section("Notes"), wrapped(e.notes(), "details-notes"));
        }
    }

    private VBox source(Source s) {
        VBox box = new VBox(2);
        box.getStyleClass().add("source");
        String meta = (s.publisher() == null ? "" : s.publisher())
                + (s.date() == null ? "" : (s.publisher() == null ? "" : ", ") + DateLabels.format(s.date(), Locale.getDefault()));
        if (!meta.isEmpty()) {
            box.getChildren().add(wrapped(meta, "source-meta"));
        }
        if (s.url() != null && Links.isWebLink(s.url())) {
            Hyperlink link = new Hyperlink(s.title());
            link.setWrapText(true);
            link.getStyleClass().add("source-link");
            link.setTooltip(new Tooltip(s.url()));
            link.setOnAction(a -> linkOpener.open(s.url()));
            box.getChildren().add(link);
        } else {
            box.getChildren().add(wrapped(s.title(), "source-title"));
        }
        return box;
    }

    private static FlowPane chips() {
        FlowPane pane = new FlowPane(6, 6);
        pane.getStyleClass().add("chips");
        return pane;
    }

    private static Label chip(String text, String tooltip) {
        Label chip = new Label(text);
        chip.getStyleClass().add("chip");
        chip.setTooltip(new Tooltip(tooltip));
        return chip;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-section");
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
