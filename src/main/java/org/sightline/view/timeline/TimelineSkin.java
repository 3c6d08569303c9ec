package org.sightline.view.timeline;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Draws {@link TimelineView}: the plot in strips of canvas, with the lane headers, the axis and the overview
 * on canvases of their own over and under it. Every change only marks the skin dirty and requests layout;
 * the drawing happens once per pulse, in {@link #layoutChildren}.
 * <p>
 * A zoom (and every frame of a zoom animation or of a briefing step's glide) lays out what it shows and
 * draws the visible plot as one strip ({@link PlotStrips}). The first pan after it lays out
 * two plot widths ahead of the view (in the pan's direction) and half a width behind; from then on a pan
 * moves the strips and draws only the 256 px strips that come into view, plus the axis and the overview,
 * until it leaves that span. In the software pipeline redrawing the plot is most of a frame's cost; and
 * every event keeps its row while the view pans.
 * <p>
 * The mouse is {@link BandInput}'s on the band and {@link OverviewInput}'s on the overview; both hit-test
 * against the frame drawn last. Lanes that need more height than the band has scroll by whole lanes: a
 * scroll bar beside them (the plot narrows for it), the wheel over their headers, and a selection or a
 * highlight out of sight brings its lane into view.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    static final double OVERVIEW_HEIGHT = 64;
    static final double GAP = 4;
    /** How far the layout made for a pan reaches ahead of the view, and behind it, in plot widths. */
    static final double PAN_AHEAD = 2;
    static final double PAN_BEHIND = 0.5;
    /** How long a pan rests before the view is drawn again in one piece (see {@link #draw}). */
    static final Duration SETTLE = Duration.millis(300);

    private final PlotStrips plot = new PlotStrips();
    private final Canvas headers = new Canvas();
    private final Canvas axis = new Canvas();
    private final OverviewLayers overviewLayers = new OverviewLayers(OVERVIEW_HEIGHT, GAP);
    /**
     * The band's border (the focus ring when focused) as four filled edges: a stroked border would make
     * the software pipeline rasterise its whole bounding box every frame.
     */
    private final Region[] edges = {new Region(), new Region(), new Region(), new Region()};
    /** Takes the main band's mouse input; it draws nothing. */
    private final Region band = new Region();
    /** Takes the overview's mouse input; it draws nothing. */
    private final Region overview = new Region();
    /** The band's mouse and its tooltip. */
    private final BandInput bandInput;
    private final TimelineMenu menu;
    /** Says why the band is empty when the dataset has nothing dated to draw. */
    private final Label emptyNote = new Label("This dataset has no events.");
    /** Scrolls the lanes when they need more height than the band has; hidden otherwise. */
    private final ScrollBar lanesBar = new ScrollBar();
    /** The frame was drawn narrower, leaving room for {@link #lanesBar}. */
    private boolean lanesBarShown;
    private boolean syncingLanesBar;
    /** Folding or unfolding a lane draws the lanes again (held here: the set holds it weakly). */
    private final InvalidationListener lanesFolded = o -> markContentDirty();
    /** The id of the lane drawn first, as last told to the shared state (null: the first lane). */
    private String firstLaneShown;
    /** A first lane the shared state asked for, to be found in the next frame's lanes ("": the first). */
    private String wantedFirstLane;
    /** The selection changed: the next frame scrolls its lane into view if it is out of sight. */
    private boolean revealSelection;
    /** The highlights changed: the next frame scrolls to a highlighted event if none is in sight. */
    private boolean revealEmphasis;
    private double canvasWidth;
    private double mainHeight;
    /**
     * Where the axis canvas starts: at the plot's left edge, so a zoom's repaint (the plot and the axis)
     * leaves the header column alone. The header canvas draws the corner above the lane headers.
     */
    private double axisLeft;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final OverviewRenderer overviewRenderer = new OverviewRenderer();
    /** Anything changed since the last frame. */
    private boolean dirty = true;
    /** Something other than the window changed: the strips must be drawn again. */
    private boolean contentDirty = true;
    private TimelineFrame frame;

    // The laid-out span and where the view is in it.
    private TimeWindow span;
    private long spanViewDuration;
    private double spanBefore;
    private double spanAfter;
    private double spanWidth;
    private double spanHeight;
    /** Width of the lane headers the span was laid out with (nested lanes widen them). */
    private double spanX0;
    /** Layout x of the view's left plot edge, less the plot's left edge on screen (whole pixels). */
    private double offset;
    /** The visible window as drawn: the layout's scale over the plot at the current offset. */
    private TimeScale viewScale;
    private final PauseTransition settling = new PauseTransition(SETTLE);
    private static final double NO_LIMIT = Double.POSITIVE_INFINITY;
    private double[] headersKey;
    /** {@link TimelineView#freshLayoutFrames()} at the last frame drawn. */
    private long freshLayoutFramesDrawn;
    private Color outlineColor;
    private double outlineWidth;


    TimelineSkin(TimelineView view) {
        super(view);
        headers.setMouseTransparent(true);
        axis.setMouseTransparent(true);
        for (Region edge : edges) {
            edge.setMouseTransparent(true);
        }
        band.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("timeline-overview");
        band.setPickOnBounds(true);
        overview.setPickOnBounds(true);
        getChildren().addAll(plot.node(), headers, axis);
        getChildren().addAll(overviewLayers.nodes());
        getChildren().addAll(edges);
        getChildren().addAll(band, overview);
        lanesBar.setOrientation(Orientation.VERTICAL);
        lanesBar.getStyleClass().add("timeline-lanes-bar");
        lanesBar.setFocusTraversable(false);
        lanesBar.setVisible(false);
        lanesBar.setUnitIncrement(1);
        lanesBar.valueProperty().addListener((o, was, now) -> {
            if (!syncingLanesBar) {
                view.setFirstLane((int) Math.round(now.doubleValue()));
            }
        });
        bandInput = new BandInput(this, band);
        menu = new TimelineMenu(this, band);
        new OverviewInput(this, overview); // registers its handlers on the overview
        lanesBar.addEventHandler(ScrollEvent.SCROLL, bandInput::scrollLanes);
        getChildren().add(lanesBar);
        emptyNote.getStyleClass().add("timeline-empty-note");
        emptyNote.setMouseTransparent(true);
        emptyNote.setManaged(false); // laid out by hand in layoutChildren, like every other child here
        emptyNote.setVisible(false);
        getChildren().add(emptyNote);
        settling.setOnFinished(e -> markContentDirty());

        ViewState state = view.state();
        registerChangeListener(state.datasetProperty(), o -> {
            view.setFirstLane(0);
            showEmptyNote();
            markContentDirty();
        });
        showEmptyNote();
        registerChangeListener(state.filteredEventsProperty(), o -> markContentDirty());
        registerChangeListener(state.selectedEventProperty(), o -> {
            revealSelection = true;
            markContentDirty();
        });
        registerChangeListener(view.firstLaneProperty(), o -> {
            if (frame == null || view.getFirstLane() != renderer.layout().firstLane()) {
                markContentDirty();
            }
        });
        registerChangeListener(state.visibleWindowProperty(), o -> markDirty());
        registerChangeListener(view.glideWindowProperty(), o -> markDirty());
        registerChangeListener(state.laneGroupingProperty(), o -> {
            view.setFirstLane(0);
            markContentDirty();
        });
        // Not registerInvalidationListener: SkinBase finds the listener by the observable's hash code, and a
        // set's changes with its contents, so that a fold made no frame of its own (only the next change did).
        state.getCollapsedLanes().addListener(new WeakInvalidationListener(lanesFolded));
        registerChangeListener(state.firstLaneProperty(), o -> {
            if (!Objects.equals(state.getFirstLane(), firstLaneShown)) {
                wantedFirstLane = state.getFirstLane() == null ? "" : state.getFirstLane();
                markContentDirty();
            }
        });
        registerChangeListener(state.emphasisRevisionProperty(), o -> {
            revealEmphasis = state.hasHighlight();
            markContentDirty();
        });
        registerChangeListener(view.darkProperty(), o -> markContentDirty());
        registerChangeListener(view.localeProperty(), o -> markContentDirty());
        registerChangeListener(view.focusedProperty(), o -> updateOutline());
        registerChangeListener(view.coveredBottomProperty(), o -> view.requestLayout());
        for (var meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().startsWith("-tl-")) {
                @SuppressWarnings("unchecked")
                var css = (javafx.css.CssMetaData<TimelineView, ?>) meta;
                if (css.getStyleableProperty(view) instanceof javafx.beans.value.ObservableValue<?> ov) {
                    registerChangeListener(ov, o -> markContentDirty());
                }
            }
        }
    }

    /** The note over the band shows while the dataset has nothing dated to draw. */
    private void showEmptyNote() {
        Dataset d = getSkinnable().state().getDataset();
        emptyNote.setVisible(d != null && d.extent().isEmpty());
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    private void markContentDirty() {
        contentDirty = true;
        markDirty();
    }

    /** Runs once per pulse at most: sizes the canvases and draws what changed. */
    @Override
    protected void layoutChildren(double x, double y, double w, double full) {
        double h = Math.max(0, full - getSkinnable().getCoveredBottom());
        double bandH = Math.floor(Math.max(0, h - OVERVIEW_HEIGHT - GAP));
        double cw = Math.min(8192, Math.floor(w));
        double mh = Math.min(8192, bandH);
        if (canvasWidth != cw || mainHeight != mh) {
            canvasWidth = cw;
            mainHeight = mh;
            double axisH = 2 * TimelineRenderer.AXIS_ROW;
            axis.setHeight(Math.min(axisH + 1, mh)); // + the line under the axis, over the strips' top row
            contentDirty = true; // drawn below, in this layout: no need to ask for another
            dirty = true;
        }
        // Not relocate(): a Group's layout bounds start at its leftmost strip, which a pan moves.
        plot.node().setLayoutX(x);
        plot.node().setLayoutY(y + 2 * TimelineRenderer.AXIS_ROW);
        headers.relocate(x, y);
        overviewLayers.place(x, y + bandH, cw);
        placeEdges(x, y, cw, mainHeight);
        band.resizeRelocate(x, y, cw, mainHeight);
        overview.resizeRelocate(x, y + bandH + GAP, cw, OVERVIEW_HEIGHT);
        if (dirty) {
            dirty = false;
            draw();
        }
        axis.relocate(x + axisLeft, y);
        if (emptyNote.isVisible()) {
            double nw = emptyNote.prefWidth(-1);
            double nh = emptyNote.prefHeight(nw);
            emptyNote.resizeRelocate(x + Math.max(0, (cw - nw) / 2), y + Math.max(0, (mainHeight - nh) / 2), nw, nh);
        }
        double barW = Math.ceil(lanesBar.prefWidth(-1));
        double barTop = 2 * TimelineRenderer.AXIS_ROW;
        lanesBar.resizeRelocate(x + cw - barW - outlineWidth, y + barTop, barW,
                Math.max(0, mainHeight - barTop - outlineWidth));
    }

    private void draw() {
        frame = getSkinnable().frame();
        updateOutline();
        draw(lanesBarShown);
        if (frame != null && lanesBarShown != renderer.layout().maxFirstLane() > 0) {
            // The lanes came to need the scroll bar, or no longer need it: draw again beside it, or full width.
            lanesBarShown = !lanesBarShown;
            contentDirty = true;
            draw(lanesBarShown);
        }
        syncLanesBar();
    }

    /** Draws the frame, {@code besideBar}: narrower by the lanes' scroll bar. */
    private void draw(boolean besideBar) {
        double width = besideBar ? Math.max(2, canvasWidth - Math.ceil(lanesBar.prefWidth(-1))) : canvasWidth;
        double stripH = mainHeight - 2 * TimelineRenderer.AXIS_ROW;
        if (frame == null || width < 2 || stripH < 1) {
            drawEmpty();
            return;
        }
        boolean redraw = contentDirty;
        contentDirty = false;
        double x0 = renderer.headerWidth(frame, width, 1);
        double plotW = Math.max(1, width - x0 - TimelineRenderer.PAD);
        TimeWindow window = frame.window();
        long fresh = getSkinnable().freshLayoutFrames();
        boolean sameScale = fresh == freshLayoutFramesDrawn && sameScale(window, width, x0);
        freshLayoutFramesDrawn = fresh;
        double offsetBefore = offset;
        // Drawn for a view at rest (labels end at its edges) or for a pan (labels run on past them)?
        boolean panning = !redraw && sameScale;
        if (!sameScale || !insideSpan(window, plotW, x0)) {
            // A zoom (or a resize) lays out what it shows. A pan that leaves the laid-out span lays out well
            // ahead in its direction, so that the pan goes on moving strips.
            spanBefore = 0;
            spanAfter = 0;
            if (sameScale) {
                boolean right = window.startMillis() > viewScale.startMillis();
                spanBefore = Math.round((right ? PAN_BEHIND : PAN_AHEAD) * plotW);
                spanAfter = Math.round((right ? PAN_AHEAD : PAN_BEHIND) * plotW);
            }
            double msPerPx = window.duration() / plotW;
            span = new TimeWindow(window.startMillis() - Math.round(spanBefore * msPerPx),
                    window.endMillis() + Math.round(spanAfter * msPerPx));
            spanViewDuration = window.duration();
            spanWidth = width;
            spanHeight = mainHeight;
            spanX0 = x0;
            offset = 0;
            redraw = true;
        }
        TimelineView view = getSkinnable();
        if (wantedFirstLane != null) { // set from the shared state (a view restored): its index in these lanes
            renderer.prepare(frame, 0, 0, width, mainHeight, 1, span, spanBefore, spanAfter);
            view.setFirstLane(Math.max(0, renderer.lanes().indexOf(wantedFirstLane)));
            wantedFirstLane = null;
        }
        renderer.showFromLane(view.getFirstLane());
        renderer.prepare(frame, 0, 0, width, mainHeight, 1, span, spanBefore, spanAfter);
        if (revealSelection || revealEmphasis) {
            int first = revealSelection ? firstLaneShowingSelection() : firstLaneShowingEmphasis();
            revealSelection = false;
            revealEmphasis = false;
            if (first != renderer.layout().firstLane()) {
                renderer.showFromLane(first);
                renderer.prepare(frame, 0, 0, width, mainHeight, 1, span, spanBefore, spanAfter);
            }
        }
        // Kept within the lanes there are (the listener finds it drawn, so this draws nothing more).
        view.setFirstLane(renderer.layout().firstLane());
        shareFirstLane();
        TimeScale ts = renderer.layout().scale();
        long viewStart = Math.round(ts.millisAt(x0 + offset));
        long viewEnd = Math.max(viewStart + 1, Math.round(ts.millisAt(x0 + offset + plotW)));
        viewScale = new TimeScale(new TimeWindow(viewStart, viewEnd), x0, plotW);
        double left = Math.floor(x0) + offset;
        double right = width + offset;
        // Drawn at rest, labels end at the view's edges: none starts cut under the headers, and those that
        // reach the right edge end there with an ellipsis, as in a fresh layout. While panning they run on
        // past the right edge into the strips that follow; once a pan rests for SETTLE, the view is drawn
        // again at rest. A pan that jumps clear of what was drawn is drawn in one piece, not strip by strip;
        // so is the first pan from a view drawn at rest.
        panning &= redraw || offset != offsetBefore;
        redraw |= !plot.overlaps(left, right) || panning && plot.labelsTo() != NO_LIMIT;
        if (redraw) {
            settling.stop();
            // At rest inside a span laid out for a pan, labels that the view's right edge would cut go before
            // their events, as a fresh layout of the view puts them (a layout of the view alone already has);
            // while a pan moves the view they stay where the layout put them, as the strips do.
            if (!panning && spanBefore + spanAfter > 0) {
                renderer.layout().placeLabelsCutBy(x0 + offset, x0 + offset + plotW);
            } else {
                renderer.layout().clearViewPlacements();
            }
            plot.drawView(renderer, frame, left, right, stripH, x0 + offset, panning ? NO_LIMIT : x0 + offset + plotW);
            drawHeaders(x0, stripH);
            if (panning) {
                settling.playFromStart();
            }
        } else {
            plot.cover(renderer, frame, left, right, stripH);
            if (plot.labelsFrom() != x0 + offset) {
                settling.playFromStart();
            }
        }
        plot.show(left, right, stripH, offset);
        axisLeft = Math.floor(x0);
        axis.setWidth(width - axisLeft);
        renderer.renderAxis(axis.getGraphicsContext2D(), frame, axisLeft, width, viewScale);
        drawOverview(width);
    }

    /** Tells the shared state which lane is shown first (null: the first), for exports and saved views. */
    private void shareFirstLane() {
        int first = renderer.layout().firstLane();
        List<Lane> lanes = renderer.lanes().lanes();
        firstLaneShown = first <= 0 || first >= lanes.size() ? null : lanes.get(first).id();
        getSkinnable().state().setFirstLane(firstLaneShown);
    }

    /**
     * The first lane that shows the selected event's lane, or the first lane shown when the event is drawn (a
     * click on an event in a lane the bottom cuts does not move the lanes).
     */
    private int firstLaneShowingSelection() {
        TimelineLayout layout = renderer.layout();
        int position = renderer.positionOf(frame.selected());
        if (position < 0 || layout.itemOf(position) >= 0) {
            return layout.firstLane();
        }
        return layout.firstLaneShowing(renderer.lanes().laneOf(position));
    }

    /**
     * The first lane shown, or, when none of the highlighted events is drawn but one is laid out in a lane out
     * of sight (a tree click on an organisation whose lane is scrolled away), the first lane that shows it.
     */
    private int firstLaneShowingEmphasis() {
        TimelineLayout layout = renderer.layout();
        int lane = -1;
        for (int l = 0; l < layout.lanes().size(); l++) {
            for (int i = layout.laneFirstItem(l); i < layout.laneEndItem(l); i++) {
                if (!layout.itemShown(i) || !frame.emphasis().test(renderer.eventAt(layout.itemEvent(i)))) {
                    continue;
                }
                if (layout.itemDrawn(i)) {
                    return layout.firstLane();
                }
                if (lane < 0) {
                    lane = l;
                }
            }
        }
        return lane < 0 ? layout.firstLane() : layout.firstLaneShowing(lane);
    }

    /** The lanes' scroll bar: shown when they need more height than the band has, its thumb at the first lane shown. */
    private void syncLanesBar() {
        TimelineLayout layout = renderer.layout();
        int max = frame == null || layout.lanes() == null ? 0 : layout.maxFirstLane();
        lanesBar.setVisible(max > 0);
        if (max == 0) {
            return;
        }
        syncingLanesBar = true;
        lanesBar.setMin(0);
        lanesBar.setMax(max);
        lanesBar.setVisibleAmount(max * layout.shownFraction()); // the thumb's share of the track
        lanesBar.setBlockIncrement(Math.max(1, Math.round(layout.shownFraction() * layout.lanes().size()) - 1));
        lanesBar.setValue(layout.firstLane());
        syncingLanesBar = false;
    }

    /** The lane headers, drawn again only when they would look different (a zoom seldom changes them). */
    private void drawHeaders(double x0, double stripH) {
        TimelineLayout layout = renderer.layout();
        int lanes = renderer.lanes().size();
        double[] key = new double[6 + 2 * lanes];
        key[0] = System.identityHashCode(renderer.lanes());
        key[1] = System.identityHashCode(frame.dataset());
        key[2] = frame.style().hashCode();
        key[3] = x0;
        key[4] = stripH;
        key[5] = lanes;
        for (int l = 0; l < lanes; l++) {
            key[6 + 2 * l] = layout.laneTop(l);
            key[7 + 2 * l] = layout.laneHeight(l);
        }
        if (java.util.Arrays.equals(key, headersKey)) {
            return;
        }
        headersKey = key;
        headers.setWidth(Math.ceil(x0) + 1); // + the line between the headers and the plot
        headers.setHeight(mainHeight);
        renderer.renderHeaders(headers.getGraphicsContext2D(), frame, headers.getWidth());
    }

    /**
     * True when {@code window} has exactly the length of the laid-out view and neither the size nor the header
     * column's width has changed: the layout's scale still holds, and {@code window} is the view panned. (A glide between windows of different
     * lengths, such as a briefing step's, changes the length in every frame, so it is drawn as a zoom and ends
     * on a fresh layout of its window.)
     */
    private boolean sameScale(TimeWindow window, double width, double x0) {
        return span != null && width == spanWidth && mainHeight == spanHeight && x0 == spanX0
                && renderer.layout().scale() != null && window.duration() == spanViewDuration;
    }

    /** True when the view panned to {@code window} lies inside the laid-out span (then sets {@link #offset}). */
    private boolean insideSpan(TimeWindow window, double plotW, double x0) {
        TimeScale ts = renderer.layout().scale();
        double at = Math.round(ts.x(window.startMillis()) - x0);
        if (x0 + at < ts.x0() || x0 + at + plotW > ts.x1()) {
            return false;
        }
        offset = at;
        return true;
    }

    /** No data (or no room): the band and the overview in the background colour. */
    private void drawEmpty() {
        if (frame == null) { // no data to draw, not just no room: the last data's caches go with it
            renderer.release();
            overviewRenderer.release();
        }
        frame = null;
        span = null;
        contentDirty = false;
        TimelineStyle style = getSkinnable().timelineStyle();
        headers.setWidth(0);
        headersKey = null;
        axisLeft = 0;
        axis.setWidth(canvasWidth);
        var agc = axis.getGraphicsContext2D();
        agc.setFill(style.background());
        agc.fillRect(0, 0, axis.getWidth(), axis.getHeight());
        plot.drawEmpty(style.background(), canvasWidth, Math.max(0, mainHeight - 2 * TimelineRenderer.AXIS_ROW));
        overviewLayers.drawEmpty(style.background());
    }

    /** The border round the band: the focus ring when the control has the focus. */
    private void updateOutline() {
        TimelineView view = getSkinnable();
        Color color = view.isFocused() ? view.focusRingColor() : view.borderColor();
        double ring = view.isFocused() ? 2 : 1;
        if (!color.equals(outlineColor) || ring != outlineWidth) {
            outlineColor = color;
            outlineWidth = ring;
            Background fill = new Background(new BackgroundFill(color, null, null));
            for (Region edge : edges) {
                edge.setBackground(fill);
            }
            placeEdges(band.getLayoutX(), band.getLayoutY(), canvasWidth, mainHeight);
        }
    }

    private void placeEdges(double x, double y, double w, double h) {
        double r = outlineWidth;
        edges[0].resizeRelocate(x, y, w, r);
        edges[1].resizeRelocate(x, y + h - r, w, r);
        edges[2].resizeRelocate(x, y + r, r, Math.max(0, h - 2 * r));
        edges[3].resizeRelocate(x + w - r, y + r, r, Math.max(0, h - 2 * r));
    }

    /** The overview under the band, with the miniature across the plot's width. */
    private void drawOverview(double width) {
        double left = renderer.headerWidth();
        double overviewW = Math.max(1, width - left - TimelineRenderer.PAD);
        overviewRenderer.shareLanes(renderer.lanes());
        overviewRenderer.prepare(frame, left, overviewW, 1);
        overviewLayers.draw(overviewRenderer, frame, left, overviewW);
    }

    /** True when the layout covers just the view (after a zoom or a glide), false when it reaches beyond for a pan. */
    boolean laidOutForView() {
        return spanBefore == 0 && spanAfter == 0;
    }

    /** For tests: how long a pan rests before the view is drawn again in one piece. */
    void settleAfter(Duration delay) {
        settling.setDuration(delay);
    }

    /** For tests: the layout of the last frame. */
    TimelineLayout layout() {
        return renderer.layout();
    }

    /** Folds the lane, as a click on its header does, or unfolds it when it is folded. */
    void toggleFolded(Lane lane) {
        var collapsed = getSkinnable().state().getCollapsedLanes();
        if (!collapsed.remove(lane.id())) {
            collapsed.add(lane.id());
        }
    }

    /**
     * The keyboard's lane header click: folds or unfolds the lane that holds the selected event, or with
     * {@code parent} the lane above it in the organisation tree. False when there is no such lane.
     */
    boolean toggleLaneOfSelection(boolean parent) {
        ViewState state = getSkinnable().state();
        TimelineEvent selected = state.getSelectedEvent();
        List<TimelineEvent> events = state.getFilteredEvents();
        int position = selected == null ? -1 : Collections.binarySearch(events, selected, Dataset.TIME_ORDER);
        if (position < 0 || !events.get(position).equals(selected)) {
            return false;
        }
        // The lanes as they are now: a key pressed again before the next frame finds the lanes it just folded.
        Set<String> collapsed = Set.copyOf(state.getCollapsedLanes());
        LaneModel lanes = renderer.lanes();
        if (lanes == null || !lanes.builtFor(state.getDataset(), events, state.getLaneGrouping(), collapsed)) {
            lanes = LaneModel.build(state.getDataset(), events, state.getLaneGrouping(), collapsed);
        }
        int lane = lanes.laneOf(position);
        if (parent) {
            int depth = lanes.lanes().get(lane).depth();
            do {
                lane--;
            } while (lane >= 0 && lanes.lanes().get(lane).depth() >= depth);
            if (lane < 0) {
                return false;
            }
        }
        toggleFolded(lanes.lanes().get(lane));
        revealSelection = true; // folding lanes above it must not scroll the selection out of sight
        return true;
    }

    /** For tests: the vertical middle of lane {@code l} in the last frame. */
    double laneMiddle(int l) {
        return renderer.layout().laneTop(l) + renderer.layout().laneHeight(l) / 2;
    }

    /** For tests: the vertical middle of the row that holds the eras' titles (above the lanes). */
    double eraRowMiddle() {
        return renderer.layout().top() - TimelineRenderer.ERA_ROW / 2;
    }

    /** For tests: where the instant {@code millis} is across the view, in the control's coordinates. */
    double xOf(long millis) {
        return viewScale.x(millis);
    }

    /** For tests: the tooltip's text when it is showing, else null. */
    String tooltipText() {
        return bandInput.tooltipText();
    }

    /** The menu key or Shift+F10: the band's context menu, opened from the keyboard. */
    boolean openMenuFromKeyboard() {
        return menu.openFromKeyboard();
    }

    /** For tests: the band's context menu. */
    ContextMenu contextMenu() {
        return menu.menu();
    }

    /** How many strips have been drawn so far (the visible plot after a change counts as one). */
    int stripDraws() {
        return plot.draws();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 160;
    }

    /**
     * A fixed minimum: the default would be the widest canvas, as wide as the control was last drawn, so a
     * split pane could widen the timeline but never narrow it again.
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + 240 + right;
    }

    /**
     * {@code window}, or the same width moved later so that {@code event}'s whole label fits in the plot as the
     * last frame was drawn (its width, its type); as it is before the first frame.
     */
    TimeWindow windowShowingLabel(TimelineEvent event, TimeWindow window) {
        if (frame == null) {
            return window;
        }
        return LabelRoom.keepingLabelInView(event.startMillis(), renderer.labelReach(event, frame.locale()),
                2 * TimelineLayout.LABEL_GAP, window, renderer.plotWidth());
    }

    /** Where the event was drawn in the last frame, in the control's coordinates; null when not drawn. */
    Bounds boundsOf(TimelineEvent event) {
        int position = renderer.positionOf(event);
        if (frame == null || position < 0) {
            return null;
        }
        TimelineLayout layout = renderer.layout();
        int i = layout.itemOf(position);
        if (i < 0) {
            return null;
        }
        double half = TimelineLayout.ROW / 2;
        double left = layout.itemLeft(i) - offset;
        double right = layout.itemRight(i) - offset;
        if (right <= renderer.headerWidth() || left >= canvasWidth) {
            return null; // laid out beside the view, for a pan
        }
        return new BoundingBox(band.getLayoutX() + left, band.getLayoutY() + layout.itemY(i) - half, right - left,
                2 * half);
    }

    // ---- what the input classes hit-test against --------------------------------------------------

    /** The last frame drawn; null before the first. */
    TimelineFrame frame() {
        return frame;
    }

    TimelineRenderer renderer() {
        return renderer;
    }

    /** Layout x of the view's left plot edge, less the plot's left edge on screen. */
    double offset() {
        return offset;
    }

    /** The visible window as drawn. */
    TimeScale viewScale() {
        return viewScale;
    }

    /** The overview's scale as drawn; null before the first frame. */
    TimeScale overviewScale() {
        return overviewRenderer.scale();
    }
}
