package org.sightline.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.sightline.controller.ViewState;
import org.sightline.io.Links;
import org.sightline.model.Dataset;
import org.sightline.model.EventFilter;
import org.sightline.model.Relations;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.EventMenu;
import org.sightline.view.timeline.MenuKey;
import org.sightline.view.timeline.NodeMenu;
import org.sightline.view.timeline.TimelineStyle;

/**
 * Shows the selected event: title, date at its precision, status, summary, its organisations and
 * regions as chips (a click highlights that organisation or region everywhere), sources, and the
 * neighbouring events (a click selects them). Dataset text is plain text only; a source link opens
 * only when clicked.
 */
public final class DetailsPane extends ScrollPane {

    private static final int RELATED_LIMIT = 5;

    private final ViewState state;
    private final LinkOpener linkOpener;
    private final VBox content = new VBox(8);
    private final ContextMenu chipMenu = new ContextMenu();
    /** Dark with the timeline: the chips' swatches are its colours (a black organisation shows grey on dark). */
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private TimelineStyle swatchStyle = TimelineStyle.light();
    private Runnable onEscape = () -> { };
    /** Something changed while the pane was out of the window. */
    private boolean stale;

    public DetailsPane(ViewState state, LinkOpener linkOpener) {
        this.state = state;
        this.linkOpener = linkOpener;
        setId("detailsPane");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        content.getStyleClass().add("details-content");
        content.setPadding(new Insets(12));
        setContent(content);
        state.selectedEventProperty().addListener((obs, old, now) -> refresh());
        state.datasetProperty().addListener((obs, old, now) -> refresh());
        // Neighbours are taken among the shown events, so they follow the filters.
        state.filteredEventsProperty().addListener((obs, old, now) -> refresh());
        dark.addListener((obs, old, now) -> {
            swatchStyle = now ? TimelineStyle.dark() : TimelineStyle.light();
            refresh();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onEscape.run();
                e.consume();
            }
        });
        // Out of the window (while presenting) the pane is not kept up to date on every briefing step; it
        // catches up when it is back.
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && stale) {
                refresh();
            }
        });
        show(null);
    }

    /** Whether the swatches take the dark timeline's colours. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * Takes the keyboard for the details (Enter on the timeline): its first control, the Copy button, which
     * shows the focus, or the pane itself when no event is shown.
     */
    public void focusDetails() {
        if (lookup("#detailsCopy") instanceof Button copy && copy.isVisible()) {
            copy.requestFocus();
        } else {
            requestFocus();
        }
    }

    /** What Esc does in the details when nothing inside takes it: the keyboard goes back (to the timeline). */
    public void setOnEscape(Runnable value) {
        onEscape = value == null ? () -> { } : value;
    }

    private void refresh() {
        stale = getScene() == null;
        if (!stale) {
            show(state.getSelectedEvent());
        }
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
        status.setId("detailsStatus");
        status.getStyleClass().addAll("status-badge", "status-" + e.status().id());
        status.setTooltip(new Tooltip(e.status().description()));
        FlowPane header = new FlowPane(8, 4, date, status);
        if (e.confidence() != null) {
            Label confidence = new Label("Confidence: " + e.confidence().id());
            confidence.getStyleClass().add("details-confidence");
            header.getChildren().add(confidence);
        }
        header.getChildren().add(copyButton());
        content.getChildren().addAll(title, header, wrapped(e.summary(), "details-summary"));

        FlowPane orgs = chips("detailsOrganisations");
        for (String id : e.organisationIds()) {
            dataset.organisations().get(id).ifPresent(o -> {
                Button chip = chip(o.shortName(), o.name() + "\nClick to highlight its events", "org-" + id);
                Rectangle swatch = new Rectangle(8, 8, swatchStyle.colorFor(dataset, id));
                swatch.getStyleClass().add("chip-swatch");
                chip.setGraphic(swatch);
                chip.setOnAction(a -> state.highlightOrganisation(id));
                withMenu(chip, o.shortName(), f -> f.withOrganisations(Set.of(id)), () -> state.highlightOrganisation(id));
                orgs.getChildren().add(chip);
            });
        }
        FlowPane regions = chips("detailsRegions");
        for (String id : e.regionIds()) {
            dataset.regions().get(id).ifPresent(r -> {
                Button chip = chip(r.name(), "Click to highlight events here", "region-" + id);
                chip.setOnAction(a -> state.highlightRegion(id));
                withMenu(chip, r.name(), f -> f.withRegions(Set.of(id)), () -> state.highlightRegion(id));
                regions.getChildren().add(chip);
            });
        }
        // An imported event may have no organisation or place: no empty heading for them. Sources always
        // have their heading, so that an event without any says so.
        if (!orgs.getChildren().isEmpty()) {
            content.getChildren().addAll(section("Organisations"), orgs);
        }
        if (!regions.getChildren().isEmpty()) {
            content.getChildren().addAll(section("Regions"), regions);
        }
        if (e.sources().isEmpty()) {
            Label none = wrapped("No sources cited for this event.", "details-no-sources");
            none.setId("detailsNoSources");
            content.getChildren().addAll(section("Sources"), none);
        } else {
            content.getChildren().add(section("Sources (" + e.sources().size() + ")"));
        }
        for (Source s : e.sources()) {
            content.getChildren().add(source(s));
        }
        if (e.notes() != null && !e.notes().isBlank()) {
            content.getChildren().addAll(section("Notes"), wrapped(e.notes(), "details-notes"));
        }
        neighbours(e);
    }

    private void neighbours(TimelineEvent e) {
        List<TimelineEvent> shown = state.getFilteredEvents();
        TimelineEvent previous = Relations.neighbour(shown, e, -1);
        TimelineEvent next = Relations.neighbour(shown, e, +1);
        VBox box = new VBox(2);
        box.setId("detailsNeighbours");
        if (previous != null) {
            box.getChildren().add(eventLink("◀ ", previous, "neighbourPrevious"));
        }
        if (next != null) {
            box.getChildren().add(eventLink("▶ ", next, "neighbourNext"));
        }
        if (!box.getChildren().isEmpty()) {
            content.getChildren().addAll(section("Before and after"), box);
        }
        List<TimelineEvent> related = Relations.sharingOrganisation(shown, e, RELATED_LIMIT);
        if (!related.isEmpty()) {
            VBox list = new VBox(2);
            list.setId("detailsRelated");
            for (TimelineEvent r : related) {
                list.getChildren().add(eventLink("", r, null));
            }
            content.getChildren().addAll(section("Same organisations"), list);
        }
    }

    private Hyperlink eventLink(String prefix, TimelineEvent target, String id) {
        Hyperlink link = new Hyperlink(prefix + EventTable.dateLabel(target) + " — " + target.title());
        link.setWrapText(true);
        link.setMnemonicParsing(false);
        link.getStyleClass().add("event-link");
        link.getProperties().put("eventId", target.id());
        if (id != null) {
            link.setId(id);
        }
        link.setOnAction(a -> state.setSelectedEvent(target));
        return link;
    }

    /** Copies the event with its sources as text; says so for a moment. */
    private Button copyButton() {
        Button copy = new Button("Copy");
        copy.setId("detailsCopy");
        copy.getStyleClass().add("details-copy");
        copy.setTooltip(new Tooltip("Copy the event, its date, status and sources as text (Ctrl+C)"));
        copy.setOnAction(a -> {
            if (CitationClipboard.copySelected(state)) {
                copy.setText("Copied");
                PauseTransition back = new PauseTransition(Duration.seconds(1.5));
                back.setOnFinished(f -> copy.setText("Copy"));
                back.play();
            }
        });
        return copy;
    }

    private VBox source(Source s) {
        VBox box = new VBox(2);
        box.getStyleClass().add("source");
        String meta = s.byline(Locale.getDefault());
        if (!meta.isEmpty()) {
            box.getChildren().add(wrapped(meta, "source-meta"));
        }
        if (s.url() != null && Links.isWebLink(s.url())) {
            Hyperlink link = new Hyperlink(s.title());
            link.setWrapText(true);
            link.setMnemonicParsing(false);
            link.getStyleClass().add("source-link");
            link.setTooltip(new Tooltip(s.url() + "\nOpens in your browser; right-click to copy the link"));
            link.setOnAction(a -> linkOpener.open(s.url()));
            MenuItem open = new MenuItem("Open link");
            open.setOnAction(a -> linkOpener.open(s.url()));
            MenuItem copy = new MenuItem("Copy link");
            copy.setOnAction(a -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(s.url());
                Clipboard.getSystemClipboard().setContent(content);
            });
            link.setContextMenu(new ContextMenu(open, copy));
            box.getChildren().add(link);
        } else {
            box.getChildren().add(wrapped(s.title(), "source-title"));
        }
        return box;
    }

    private static FlowPane chips(String id) {
        FlowPane pane = new FlowPane(6, 6);
        pane.setId(id);
        pane.getStyleClass().add("chips");
        return pane;
    }

    /**
     * A chip's context menu (right-click, or the menu key and Shift+F10 on a focused chip), made when it opens:
     * highlight the organisation or place, show only its events, zoom the timeline to them, as the trees offer.
     */
    private void withMenu(Button chip, String name, UnaryOperator<EventFilter> narrowTo, Runnable highlight) {
        BiConsumer<Double, Double> open = (screenX, screenY) -> {
            List<MenuItem> items = new ArrayList<>(NodeMenu.items(state, name, narrowTo, highlight));
            EventMenu.addClearNarrowing(items, state);
            chipMenu.getItems().setAll(items);
            chipMenu.show(chip, screenX, screenY);
        };
        chip.setOnContextMenuRequested(e -> {
            e.consume();
            if (e.isKeyboardTrigger() && chipMenu.isShowing()) {
                return; // the platform's request for a key the chip has answered already
            }
            open.accept(e.getScreenX(), e.getScreenY());
        });
        chip.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MenuKey.asks(e)) {
                Bounds b = chip.localToScreen(chip.getBoundsInLocal());
                open.accept(b.getMinX(), b.getMaxY());
                e.consume();
            }
        });
    }

    private static Button chip(String text, String tooltip, String id) {
        Button chip = new Button(text);
        chip.setId(id);
        chip.getStyleClass().add("chip");
        chip.setTooltip(new Tooltip(tooltip));
        chip.setMnemonicParsing(false);
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
