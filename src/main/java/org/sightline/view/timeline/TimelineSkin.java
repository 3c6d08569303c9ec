package org.sightline.view.timeline;

import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Cursor;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * Draws {@link TimelineView} on one canvas (the main band and the overview under it). Every change
 * only marks the skin dirty and requests layout; the drawing happens once per pulse, in
 * {@link #layoutChildren}. Mouse: drag pans, wheel and pinch zoom about the cursor, horizontal scroll
 * pans, click selects (or toggles a lane header, or zooms into a cluster), double-click zooms in;
 * on the overview, drag the box to move and its edges to resize.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    static final double OVERVIEW_HEIGHT = 64;
    static final double GAP = 4;
    private static final double DRAG_THRESHOLD = 3;
    private static final double EDGE = 6;

    private final Canvas main = new Canvas();
    /** Takes the overview's mouse input; it draws nothing (the overview is drawn on {@link #main}). */
    private final Region overview = new Region();
    private double mainHeight;
    private WritableImage overviewImage;
    private WritableImage overviewShaded;
    private int overviewVersion = -1;
    private TimelineStyle overviewStyle;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final OverviewRenderer overviewRenderer = new OverviewRenderer();
    private final Tooltip tooltip = new Tooltip();
    private boolean dirty = true;
    private TimelineFrame frame;
    /** Makes the overview's images a moment after its miniature changed (see {@link #cacheOverview}). */
    private final PauseTransition overviewCaching = new PauseTransition(Duration.millis(200));

    private double pressX;
    private TimeWindow pressWindow;
    private boolean dragging;
    private int hovered = -1;
    private OverviewDrag overviewDrag = OverviewDrag.NONE;
    private double overviewPressMillis;

    private enum OverviewDrag { NONE, MOVE, LEFT, RIGHT }

    TimelineSkin(TimelineView view) {
        super(view);
        main.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("timeline-overview");
        overview.setPickOnBounds(true);
        getChildren().addAll(main, overview);
        overviewCaching.setOnFinished(e -> cacheOverview());
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        ViewState state = view.state();
        registerChangeListener(state.datasetProperty(), o -> markDirty());
        registerChangeListener(state.filteredEventsProperty(), o -> markDirty());
        registerChangeListener(state.selectedEventProperty(), o -> markDirty());
        registerChangeListener(state.visibleWindowProperty(), o -> markDirty());
        registerChangeListener(view.glideWindowProperty(), o -> markDirty());
        registerChangeListener(state.laneGroupingProperty(), o -> markDirty());
        registerInvalidationListener(state.getCollapsedLanes(), o -> markDirty());
        registerChangeListener(state.emphasisRevisionProperty(), o -> markDirty());
        registerChangeListener(view.darkProperty(), o -> markDirty());
        registerChangeListener(view.localeProperty(), o -> markDirty());
        registerChangeListener(view.focusedProperty(), o -> markDirty());
        for (var meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().startsWith("-tl-")) {
                @SuppressWarnings("unchecked")
                var css = (javafx.css.CssMetaData<TimelineView, ?>) meta;
                if (css.getStyleableProperty(view) instanceof javafx.beans.value.ObservableValue<?> ov) {
                    registerChangeListener(ov, o -> markDirty());
                }
            }
        }

        main.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        main.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        main.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        main.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        main.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        main.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        main.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        main.addEventHandler(ZoomEvent.ZOOM, this::pinched);
        overview.addEventHandler(MouseEvent.MOUSE_PRESSED, this::overviewPressed);
        overview.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::overviewDragged);
        overview.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> overviewDrag = OverviewDrag.NONE);
        overview.addEventHandler(MouseEvent.MOUSE_MOVED, this::overviewMoved);
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** Runs once per pulse at most: resizes the canvas and redraws it when anything changed. */
    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double bandH = Math.floor(Math.max(0, h - OVERVIEW_HEIGHT - GAP));
        double cw = Math.min(8192, Math.floor(w));
        double ch = Math.min(8192, bandH + GAP + OVERVIEW_HEIGHT);
        if (main.getWidth() != cw || main.getHeight() != ch) {
            main.setWidth(cw);
            main.setHeight(ch);
            dirty = true;
        }
        mainHeight = Math.min(bandH, ch);
        main.relocate(x, y);
        overview.resizeRelocate(x, y + bandH + GAP, cw, OVERVIEW_HEIGHT);
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    /**
     * Draws the main band and the overview into the one canvas: a second canvas would add a dirty region
     * and a second composition to every frame, which in the software pipeline costs about as much as
     * the overview's own drawing. The miniature is drawn once into an image and reused until it changes.
     */
    private void draw() {
        var gc = main.getGraphicsContext2D();
        frame = getSkinnable().frame();
        TimelineStyle style = getSkinnable().timelineStyle();
        double width = main.getWidth();
        double overviewY = mainHeight + GAP;
        gc.setFill(style.background());
        gc.fillRect(0, mainHeight, width, GAP);
        if (frame == null || width < 2 || mainHeight < 2) {
            gc.fillRect(0, 0, width, main.getHeight());
            overviewVersion = -1;
            return;
        }
        renderer.render(gc, 0, 0, width, mainHeight, 1, frame);
        overviewRenderer.shareLanes(renderer.lanes());
        TimelineView view = getSkinnable();
        gc.setFill(view.isFocused() ? view.focusRingColor() : view.borderColor());
        double ring = view.isFocused() ? 2 : 1;
        double inset = ring / 2;
        Lines.outline(gc, inset, inset, width - 2 * inset, mainHeight - 2 * inset, ring);
        double left = renderer.headerWidth();
        double overviewW = Math.max(1, width - left - TimelineRenderer.PAD);
        overviewRenderer.prepare(frame, left, overviewW, 1);
        if (!overviewCached(width)) {
            // The miniature changed: draw it directly and make its images a moment after the first such
            // frame (a snapshot costs several milliseconds, too much for the frame after a load). Later
            // frames do not postpone it: drawing the miniature and its veil every frame costs more.
            paintOverviewBase(gc, frame, overviewY, left, overviewW, width);
            overviewRenderer.renderWindow(gc, left, overviewY, overviewW, OVERVIEW_HEIGHT, 1, frame);
            if (overviewCaching.getStatus() != Animation.Status.RUNNING) {
                overviewCaching.playFromStart();
            }
            return;
        }
        // The veiled miniature, then the window's part of the clear one over it: two opaque copies instead
        // of translucent fills, which the software pipeline blends pixel by pixel.
        gc.drawImage(overviewShaded, 0, overviewY);
        double[] edges = overviewRenderer.windowEdges(frame.window(), 1);
        double bx1 = Math.max(0, Math.floor(edges[0]));
        double bx2 = Math.min(width, Math.ceil(edges[1]));
        if (bx2 > bx1) {
            gc.drawImage(overviewImage, bx1, 0, bx2 - bx1, OVERVIEW_HEIGHT, bx1, overviewY, bx2 - bx1, OVERVIEW_HEIGHT);
        }
        overviewRenderer.renderWindowBox(gc, overviewY, OVERVIEW_HEIGHT, 1, frame);
    }

    /** True when the overview is drawn from its images (false between a change of its miniature and caching). */
    boolean overviewIsCached() {
        return frame != null && overviewCached(main.getWidth());
    }

    private boolean overviewCached(double width) {
        return overviewImage != null && overviewImage.getWidth() == width && overviewVersion == overviewRenderer.version()
                && frame.style().equals(overviewStyle);
    }

    /** The miniature (lanes' density and axis) with its title, across the canvas width at {@code y}. */
    private void paintOverviewBase(GraphicsContext gc, TimelineFrame frame, double y, double left, double overviewW,
                                   double width) {
        gc.setFill(frame.style().laneAlternate());
        gc.fillRect(0, y, width, OVERVIEW_HEIGHT);
        gc.setFill(frame.style().mutedInk());
        gc.setFont(Font.font(frame.style().fontFamily(), frame.style().axisFontSize()));
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("Overview", 10, y + OVERVIEW_HEIGHT / 2);
        overviewRenderer.renderBase(gc, left, y, overviewW, OVERVIEW_HEIGHT, 1, frame);
    }

    /**
     * Makes the overview's two images, as it is and veiled (what lies outside the window box), when the
     * miniature drawn last is not cached yet; later frames copy them instead of drawing the miniature.
     */
    private void cacheOverview() {
        double width = main.getWidth();
        if (frame == null || width < 2 || overviewCached(width)) {
            return;
        }
        double left = renderer.headerWidth();
        double overviewW = Math.max(1, width - left - TimelineRenderer.PAD);
        overviewRenderer.prepare(frame, left, overviewW, 1);
        Canvas base = new Canvas(width, OVERVIEW_HEIGHT);
        var bgc = base.getGraphicsContext2D();
        paintOverviewBase(bgc, frame, 0, left, overviewW, width);
        overviewImage = base.snapshot(null, reusable(overviewImage, width));
        bgc.setFill(OverviewRenderer.shade(frame.style()));
        bgc.fillRect(left, 0, overviewW, OVERVIEW_HEIGHT);
        overviewShaded = base.snapshot(null, reusable(overviewShaded, width));
        overviewVersion = overviewRenderer.version();
        overviewStyle = frame.style();
    }

    private static WritableImage reusable(WritableImage image, double width) {
        return image != null && image.getWidth() == width && image.getHeight() == OVERVIEW_HEIGHT ? image : null;
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
        return new BoundingBox(main.getLayoutX() + layout.itemLeft(i), main.getLayoutY() + layout.itemY(i) - half,
                layout.itemRight(i) - layout.itemLeft(i), 2 * half);
    }

    // ---- main band -------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || frame == null) {
            return;
        }
        pressX = e.getX();
        pressWindow = frame.window();
        dragging = false;
        hideTooltip();
    }

    private void dragged(MouseEvent e) {
        if (pressWindow == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        if (!dragging && Math.abs(dx) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        main.setCursor(Cursor.CLOSED_HAND);
        double msPerPx = renderer.layout().scale().millisFor(1);
        TimelineView view = getSkinnable();
        view.moveTo(view.navigator().panMillis(pressWindow, Math.round(-dx * msPerPx)), false);
    }

    private void released(MouseEvent e) {
        main.setCursor(Cursor.DEFAULT);
        if (e.getButton() != MouseButton.PRIMARY || frame == null) {
            return;
        }
        boolean wasDrag = dragging;
        dragging = false;
        pressWindow = null;
        if (wasDrag || e.getClickCount() > 1) {
            return;
        }
        select(e.getX(), e.getY());
    }

    private void select(double x, double y) {
        TimelineView view = getSkinnable();
        TimelineLayout layout = renderer.layout();
        if (x < renderer.headerWidth()) {
            int lane = layout.laneAt(y);
            if (lane >= 0) {
                Lane l = layout.lanes().lanes().get(lane);
                var collapsed = view.state().getCollapsedLanes();
                if (!collapsed.remove(l.id())) {
                    collapsed.add(l.id());
                }
            }
            return;
        }
        int item = layout.itemAt(x, y);
        if (item >= 0) {
            view.state().setSelectedEvent(renderer.eventAt(layout.itemEvent(item)));
            return;
        }
        int cluster = layout.clusterAt(x, y);
        if (cluster >= 0) {
            view.zoomToRange(layout.clusterStart(cluster), layout.clusterEnd(cluster));
            return;
        }
        view.state().setSelectedEvent(null);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && frame != null
                && e.getX() >= renderer.headerWidth() && renderer.layout().itemAt(e.getX(), e.getY()) < 0) {
            getSkinnable().zoomAbout(0.5, renderer.layout().scale().millisAt(e.getX()), true);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (frame == null || e.getX() < renderer.headerWidth()) {
            return;
        }
        TimelineView view = getSkinnable();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        if (Math.abs(dx) > Math.abs(dy)) {
            view.panMillis(Math.round(-dx * renderer.layout().scale().millisFor(1)));
        } else if (dy != 0) {
            double factor = Math.pow(2, -dy / 200.0);
            view.zoomAbout(factor, renderer.layout().scale().millisAt(e.getX()), false);
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        if (frame == null || e.getZoomFactor() <= 0) {
            return;
        }
        getSkinnable().zoomAbout(1 / e.getZoomFactor(), renderer.layout().scale().millisAt(e.getX()), false);
        e.consume();
    }

    private void moved(MouseEvent e) {
        if (frame == null) {
            return;
        }
        int item = e.getX() < renderer.headerWidth() ? -1 : renderer.layout().itemAt(e.getX(), e.getY());
        int position = item < 0 ? -1 : renderer.layout().itemEvent(item);
        if (position == hovered) {
            return;
        }
        hovered = position;
        if (position < 0) {
            tooltip.hide();
            return;
        }
        tooltip.setText(describe(frame, renderer.eventAt(position)));
        tooltip.show(main, e.getScreenX() + 14, e.getScreenY() + 16);
    }

    private void hideTooltip() {
        hovered = -1;
        tooltip.hide();
    }

    /** Tooltip text: title, date at its precision, status and organisations, as plain text. */
    static String describe(TimelineFrame frame, TimelineEvent e) {
        Dataset d = frame.dataset();
        String orgs = e.organisationIds().stream()
                .map(id -> d.organisations().get(id).map(o -> o.shortName()).orElse(id))
                .collect(Collectors.joining(", "));
        return e.title() + "\n" + EventText.dateLabel(e, frame.locale()) + " · " + e.status().label()
                + (orgs.isEmpty() ? "" : "\n" + orgs);
    }

    // ---- overview --------------------------------------------------------------------------------

    private void overviewPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        TimeScale ts = overviewRenderer.scale();
        if (frame == null || ts == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        TimeWindow w = frame.window();
        double x1 = ts.x(w.startMillis());
        double x2 = ts.x(w.endMillis());
        double x = e.getX();
        if (Math.abs(x - x1) <= EDGE && x2 - x1 > 2 * EDGE) {
            overviewDrag = OverviewDrag.LEFT;
        } else if (Math.abs(x - x2) <= EDGE) {
            overviewDrag = OverviewDrag.RIGHT;
        } else {
            overviewDrag = OverviewDrag.MOVE;
            if (x < x1 || x > x2) {
                getSkinnable().moveTo(getSkinnable().navigator().clamp(w.centeredOn(ts.millisAt(x))), false);
                w = getSkinnable().state().getVisibleWindow();
            }
        }
        pressWindow = w;
        overviewPressMillis = ts.millisAt(x);
    }

    private void overviewDragged(MouseEvent e) {
        TimeScale ts = overviewRenderer.scale();
        if (overviewDrag == OverviewDrag.NONE || ts == null || pressWindow == null) {
            return;
        }
        TimelineView view = getSkinnable();
        double at = ts.millisAt(e.getX());
        long minGap = Navigator.MIN_DURATION;
        TimeWindow w = pressWindow;
        TimeWindow next = switch (overviewDrag) {
            case MOVE -> view.navigator().panMillis(w, Math.round(at - overviewPressMillis));
            case LEFT -> new TimeWindow(Math.min(Math.round(at), w.endMillis() - minGap), w.endMillis());
            case RIGHT -> new TimeWindow(w.startMillis(), Math.max(Math.round(at), w.startMillis() + minGap));
            case NONE -> w;
        };
        view.moveTo(view.navigator().clamp(next), false);
    }

    private void overviewMoved(MouseEvent e) {
        TimeScale ts = overviewRenderer.scale();
        if (frame == null || ts == null) {
            return;
        }
        double x1 = ts.x(frame.window().startMillis());
        double x2 = ts.x(frame.window().endMillis());
        boolean edge = Math.abs(e.getX() - x1) <= EDGE || Math.abs(e.getX() - x2) <= EDGE;
        overview.setCursor(edge ? Cursor.H_RESIZE : e.getX() > x1 && e.getX() < x2 ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }
}
