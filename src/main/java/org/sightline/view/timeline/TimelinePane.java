package org.sightline.view.timeline;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sightline.controller.ViewState;
import org.sightline.model.LaneGrouping;

/** The timeline with its toolbar (zoom, fit, zoom to selection, lanes, animation, legend) above it. */
public final class TimelinePane extends VBox {

    private final TimelineView view;

    private final ToolBar bar;
    private final GoToDateField goTo;
    private final Label lanesCaption;
    /** What the bar's width grows by with the "Lanes:" caption, beyond the caption's own width (the gap). */
    private double captionGap;

    public TimelinePane(ViewState state) {
        getStyleClass().add("timeline-pane");
        setId("timelinePane");
        view = new TimelineView(state);
        view.setId("timeline");

        Button zoomOut = button("−", "Zoom out (−)", view::zoomOut);
        zoomOut.setId("timelineZoomOut");
        Button zoomIn = button("+", "Zoom in (+)", view::zoomIn);
        zoomIn.setId("timelineZoomIn");
        Button fit = button("Fit", "Zoom to fit the events on view (F or Home)", view::zoomToFit);
        fit.setId("timelineFit");
        Button toSelection = button("To selection", "Zoom to the selected event", view::zoomToSelection);
        toSelection.setId("timelineZoomSelection");
        toSelection.disableProperty().bind(state.selectedEventProperty().isNull());

        ChoiceBox<LaneGrouping> grouping = new ChoiceBox<>();
        grouping.setId("timelineGrouping");
        grouping.getItems().setAll(LaneGrouping.values());
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneGrouping g) {
                return g == null ? "" : g.label();
            }

            @Override
            public LaneGrouping fromString(String s) {
                return null;
            }
        });
        grouping.setValue(state.getLaneGrouping());
        grouping.valueProperty().addListener((obs, old, now) -> state.setLaneGrouping(now));
        state.laneGroupingProperty().addListener((obs, old, now) -> grouping.setValue(now));
        grouping.setTooltip(new Tooltip("Group events into lanes by…"));
        Label lanes = new Label("Lanes:");
        lanes.setLabelFor(grouping);

        ToggleButton animate = new ToggleButton("Animate");
        animate.setId("timelineAnimate");
        animate.setTooltip(new Tooltip("Animations: zoom and fit transitions, and the map's pulse (View → Animations)"));
        animate.selectedProperty().bindBidirectional(view.animatedProperty());

        goTo = new GoToDateField(view);

        bar = new ToolBar(zoomOut, zoomIn, fit, toSelection, goTo, new Separator(), lanes, grouping, animate);
        bar.getStyleClass().add("timeline-toolbar");
        bar.setId("timelineToolbar");
        lanesCaption = lanes;
        StatusLegend legend = new StatusLegend();
        legend.getStyleClass().add("timeline-legend");
        legend.darkProperty().bind(view.darkProperty());
        getChildren().addAll(bar, view, legend);
        VBox.setVgrow(view, Priority.ALWAYS);
    }

    /** Lays the pane out, then fits the toolbar's caption to the width the bar got (and to its type now). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fitCaption();
    }

    /**
     * Drops the "Lanes:" caption while the bar is too narrow for every tool (a 1280 px window, say), so that
     * no tool goes into the overflow menu for the sake of a caption: the choice still shows the grouping, and
     * its tooltip says what it is. The caption comes back once there is room for it again, whether the bar
     * grew or its type shrank (leaving presenting).
     */
    private void fitCaption() {
        double width = bar.getWidth();
        if (width <= 0) {
            return;
        }
        boolean shown = lanesCaption.isManaged();
        if (shown && width < bar.prefWidth(-1)) {
            double withCaption = bar.prefWidth(-1);
            showCaption(false);
            captionGap = Math.max(0, withCaption - bar.prefWidth(-1) - lanesCaption.prefWidth(-1));
        } else if (!shown && width >= bar.prefWidth(-1) + lanesCaption.prefWidth(-1) + captionGap) {
            showCaption(true);
        }
    }

    private void showCaption(boolean shown) {
        lanesCaption.setVisible(shown);
        lanesCaption.setManaged(shown);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public TimelineView view() {
        return view;
    }

    /** Puts the keyboard in the "Go to" field (Ctrl+G); nothing while the toolbar is hidden (presenting). */
    public void focusGoTo() {
        if (bar.isVisible()) {
            goTo.requestFocus();
            goTo.selectAll();
        }
    }

    /** Shows or hides the toolbar (presenting hides it: the keys still zoom and pan). */
    public void setToolbarShown(boolean shown) {
        bar.setVisible(shown);
        bar.setManaged(shown);
    }
}
