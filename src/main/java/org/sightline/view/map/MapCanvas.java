package org.sightline.view.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.sightline.controller.ViewState;
import org.sightline.model.Counted;
import org.sightline.model.CountsInView;
import org.sightline.model.Dataset;
import org.sightline.model.LandShapes;
import org.sightline.model.Region;
import org.sightline.model.Relations;
import org.sightline.model.TimelineEvent;

/**
 * The offline Indo-Pacific map: land outlines, a graticule, and a marker for every region or place
 * with a location. Markers show whether they have events within the filters and the visible window
 * (filled) or not (hollow), light up where highlighted events took place, and pulse for the selected
 * event. Click highlights a place, double-click filters by it; wheel zooms, drag pans ({@link MapInput}).
 * It observes and writes only {@link ViewState}.
 */
public final class MapCanvas extends javafx.scene.layout.Region {

    private static final StyleablePropertyFactory<MapCanvas> CSS =
            new StyleablePropertyFactory<>(javafx.scene.layout.Region.getClassCssMetaData());

    // Colours, from the stylesheet (-map-*); these defaults are the light theme's.
    private final StyleableProperty<Color> seaColor = color("seaColor", "-map-sea", m -> m.seaColor, "#e8f0f7");
    private final StyleableProperty<Color> landColor = color("landColor", "-map-land", m -> m.landColor, "#fbfaf6");
    private final StyleableProperty<Color> coastColor = color("coastColor", "-map-coast", m -> m.coastColor, "#a9b3bf");
    private final StyleableProperty<Color> graticuleColor =
            color("graticuleColor", "-map-graticule", m -> m.graticuleColor, "#d6e1ec");
    /** A place with events in view. */
    private final StyleableProperty<Color> markerColor =
            color("markerColor", "-map-marker", m -> m.markerColor, "#0a5ca8");
    /** A place without events in view. */
    private final StyleableProperty<Color> emptyColor = color("emptyColor", "-map-empty", m -> m.emptyColor, "#9aa4b2");
    /** A highlighted (lit) place. */
    private final StyleableProperty<Color> litColor = color("litColor", "-map-lit", m -> m.litColor, "#d55e00");
    private final StyleableProperty<Color> pulseColor = color("pulseColor", "-map-pulse", m -> m.pulseColor, "#111111");
    private final StyleableProperty<Color> inkColor = color("inkColor", "-map-ink", m -> m.inkColor, "#1d2430");
    private final StyleableProperty<Color> leaderColor =
            color("leaderColor", "-map-leader", m -> m.leaderColor, "#7a8391");
    /** Behind labels, so they read over coastlines. */
    private final StyleableProperty<Color> haloColor =
            color("haloColor", "-map-halo", m -> m.haloColor, "rgba(255, 255, 255, 0.85)");
    /** Inside an empty place's ring, and the hover label's text. */
    private final StyleableProperty<Color> paperColor = color("paperColor", "-map-paper", m -> m.paperColor, "white");
    private static final Font LABEL_FONT = Font.font("DejaVu Sans", 11);
    private static final double INSET = 10;

    private final ViewState state;
    /**
     * The sea, graticule and land, drawn only when the view, the size or their colours change: the
     * coastlines are paths that cost several milliseconds to rasterise in the software pipeline, and the
     * marks over them are drawn again on every frame of a pulse (while presenting, all the time).
     */
    private final Canvas base = new Canvas();
    /** The markers, labels and hover, over {@link #base}. */
    private final Canvas canvas = new Canvas();
    /** The view {@link #base} was last drawn for: viewport, size and colours. */
    private Object[] baseKey;
    private final double[][] ringXs;
    private final double[][] ringYs;
    private final double[][] ringBounds;
    private final double[] frame = MapProjection.defaultFrame();
    private final double[] bounds;
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final DoubleProperty pulsePhase = new SimpleDoubleProperty(this, "pulsePhase", 1);
    private final Timeline pulse = new Timeline();

    private List<MapMarker> markers = List.of();
    private Map<String, Double> labelWidths = Map.of();
    private Map<String, String> labelTexts = Map.of();
    /** The filtered events' counts per region in the visible window. */
    private final CountsInView counts = new CountsInView(Dataset::regions, TimelineEvent::regionIds);
    private Set<String> lit = Set.of();
    private Set<String> pulsing = Set.of();
    private Set<String> filtered = Set.of();
    private boolean highlightActive;
    private MapViewport viewport;
    private boolean layoutDirty = true;
    private final Map<String, Point2D> screen = new HashMap<>();
    private final Set<String> onEdge = new HashSet<>();
    private List<LabelPlacer.Placement> labels = List.of();
    private String hovered;
    private final MapMenu contextMenu;

    public MapCanvas(ViewState state, LandShapes land) {
        this.state = state;
        for (StyleableProperty<Color> c : List.of(seaColor, landColor, coastColor, graticuleColor, markerColor,
                emptyColor, litColor, pulseColor, inkColor, leaderColor, haloColor, paperColor)) {
            ((javafx.beans.value.ObservableValue<?>) c).addListener(o -> draw());
        }
        getStyleClass().add("region-map");
        setId("regionMap");
        setFocusTraversable(true);
        setAccessibleRoleDescription("map");
        setAccessibleHelp("Plus and minus zoom, arrow keys pan, 0 resets the view, Shift+F10 opens the menu of the"
                + " highlighted place. The region tree below lists the same places with their counts; select a row"
                + " there to highlight a place.");
        base.setMouseTransparent(true);
        getChildren().addAll(base, canvas);
        setMinSize(160, 120);
        setPrefSize(360, 260);
        ringXs = new double[land.rings().size()][];
        ringYs = new double[land.rings().size()][];
        ringBounds = new double[land.rings().size()][];
        for (int i = 0; i < ringXs.length; i++) {
            double[] ring = land.rings().get(i);
            ringXs[i] = new double[ring.length / 2];
            ringYs[i] = new double[ring.length / 2];
            for (int j = 0; j < ring.length / 2; j++) {
                ringXs[i][j] = MapProjection.xShifted(ring[2 * j]);
                ringYs[i][j] = MapProjection.y(ring[2 * j + 1]);
            }
            ringBounds[i] = bounds(ringXs[i], ringYs[i]);
        }
        bounds = new double[] {MapProjection.xShifted(Math.max(land.west(), 80)), MapProjection.y(land.north()),
            MapProjection.xShifted(Math.min(land.east(), 230)), MapProjection.y(land.south())};
        pulsePhase.addListener(o -> draw());
        // Animations switched off: a pulse under way ends at once, at rest.
        animated.addListener((obs, was, now) -> {
            if (!now) {
                pulse.stop();
                pulsePhase.set(1);
            }
        });
        state.filteredEventsProperty().addListener(x -> {
            updateCounts();
            refresh();
        });
        for (Observable o : List.<Observable>of(state.emphasisRevisionProperty(), state.filterProperty())) {
            o.addListener(x -> refresh());
        }
        // Every frame of a zoom or pan: only the counts in view change, read from the index.
        state.visibleWindowProperty().addListener(x -> recount());
        state.datasetProperty().addListener((obs, old, now) -> rebuild());
        state.selectedEventProperty().addListener((obs, old, now) -> selectionChanged(now));
        new MapInput(this, state); // registers its handlers on the map
        contextMenu = new MapMenu(this, state);
        rebuild();
    }

    private StyleableProperty<Color> color(String name, String css,
                                           java.util.function.Function<MapCanvas, StyleableProperty<Color>> get,
                                           String initial) {
        return CSS.createStyleableColorProperty(this, name, css, get, Color.web(initial));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** Whether selecting an event animates a pulse (the window binds it to View → Animations). */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    /** Zooms in towards the selected event's places, else the lit places, else the centre. */
    public void zoomIn() {
        Point2D focus = focusPoint();
        zoomAt(1.5, focus.getX(), focus.getY());
    }

    public void zoomOut() {
        Point2D focus = focusPoint();
        zoomAt(1 / 1.5, focus.getX(), focus.getY());
    }

    private Point2D focusPoint() {
        ensureLayout();
        for (Set<String> ids : List.of(pulsing, lit)) {
            double x = 0;
            double y = 0;
            int n = 0;
            for (String id : ids) {
                Point2D p = screen.get(id);
                if (p != null && !onEdge.contains(id)) {
                    x += p.getX();
                    y += p.getY();
                    n++;
                }
            }
            if (n > 0) {
                return new Point2D(x / n, y / n);
            }
        }
        return new Point2D(getWidth() / 2, getHeight() / 2);
    }

    /** Back to the whole Indo-Pacific frame. */
    public void resetView() {
        viewport = MapViewport.fit(frame, getWidth(), getHeight());
        invalidateLayout();
    }

    public MapViewport viewport() {
        return viewport;
    }

    /** Where a marker is drawn, in this node's coordinates, or null when it has no marker on screen. */
    public Point2D markerPoint(String regionId) {
        ensureLayout();
        return screen.get(regionId);
    }

    /** Regions lit because highlighted events took place there. */
    public Set<String> litRegionIds() {
        return Set.copyOf(lit);
    }

    /** Places of the selected event, which pulse. */
    public Set<String> pulsingRegionIds() {
        return Set.copyOf(pulsing);
    }

    /**
     * What a screen reader reads for the map (it is drawn): how many of its places have shown events, and the
     * places lit by the highlight, in the order of the map's markers. Made when asked.
     */
    public String summary() {
        int withEvents = 0;
        List<String> litNames = new ArrayList<>();
        for (MapMarker m : markers) {
            if (counts.of(m.id()) > 0) {
                withEvents++;
            }
            if (lit.contains(m.id())) {
                litNames.add(m.region().name());
            }
        }
        String text = "Map of the Indo-Pacific: " + withEvents + " of " + markers.size()
                + " places and regions have events in view";
        return litNames.isEmpty() ? text + "." : text + "; lit by the highlight: " + String.join(", ", litNames) + ".";
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? summary() : super.queryAccessibleAttribute(attribute, parameters);
    }

    /** Events at or inside a region within the filters and the visible window, as the markers show them. */
    public int countOf(String regionId) {
        return counts.of(regionId);
    }

    /** Ids whose labels are drawn, in priority order. */
    public List<String> shownLabelIds() {
        ensureLayout();
        List<String> out = new ArrayList<>();
        for (LabelPlacer.Placement p : labels) {
            if (p.shown()) {
                out.add(p.id());
            }
        }
        return out;
    }

    /** Label boxes drawn, for overlap checks. */
    public List<LabelPlacer.Placement> placedLabels() {
        ensureLayout();
        return labels.stream().filter(LabelPlacer.Placement::shown).toList();
    }

    private void rebuild() {
        Dataset d = state.getDataset();
        List<MapMarker> next = new ArrayList<>();
        Map<String, Double> widths = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Text measure = new Text();
        measure.setFont(LABEL_FONT);
        if (d != null) {
            for (Region r : d.regions().all()) {
                if (!r.hasLocation()) {
                    continue;
                }
                boolean locatedAncestor = d.regions().pathToRoot(r.id()).stream().skip(1).anyMatch(Region::hasLocation);
                next.add(new MapMarker(r, MapProjection.x(r.lon()), MapProjection.y(r.lat()), r.isPlace(),
                        !locatedAncestor));
                texts.put(r.id(), labelText(r));
                measure.setText(labelText(r));
                widths.put(r.id(), Math.ceil(measure.getLayoutBounds().getWidth()) + 4);
            }
        }
        markers = List.copyOf(next);
        labelWidths = widths;
        labelTexts = texts;
        hovered = null;
        selectionChanged(state.getSelectedEvent());
        updateCounts();
        refresh();
    }

    /** The counts in view; true when one changed. */
    private boolean updateCounts() {
        return counts.update(state.getDataset(), state.getFilteredEvents(), state.getVisibleWindow());
    }

    private void recount() {
        if (updateCounts()) { // most frames of a zoom or pan change no count: nothing to draw again
            invalidateLayout();
        }
    }

    private void refresh() {
        Dataset d = state.getDataset();
        if (d == null) {
            lit = Set.of();
            filtered = Set.of();
            highlightActive = false;
        } else {
            List<TimelineEvent> events = state.getFilteredEvents();
            highlightActive = state.hasHighlight();
            lit = Relations.litRegions(d, events, highlightActive ? state.emphasis() : null);
            filtered = d.regions().withDescendants(state.getFilter().regionIds());
        }
        invalidateLayout();
    }

    private void selectionChanged(TimelineEvent event) {
        Dataset d = state.getDataset();
        pulsing = event == null || d == null ? Set.of() : Set.copyOf(event.regionIds());
        pulse.stop();
        if (!pulsing.isEmpty() && animated.get()) {
            pulse.getKeyFrames().setAll(
                    new KeyFrame(Duration.ZERO, new KeyValue(pulsePhase, 0)),
                    new KeyFrame(Duration.millis(900), new KeyValue(pulsePhase, 1, Interpolator.EASE_OUT)));
            pulse.setCycleCount(3);
            pulse.playFromStart();
        } else {
            pulsePhase.set(1);
        }
        invalidateLayout();
    }

    private static String labelText(Region r) {
        String name = r.name();
        return name.length() > 30 ? name.substring(0, 29) + "…" : name;
    }

    private void invalidateLayout() {
        layoutDirty = true;
        draw();
    }

    /** Zooms by {@code factor} about the point (sx, sy), within the map's bounds. */
    void zoomAt(double factor, double sx, double sy) {
        ensureViewport();
        viewport = viewport.zoom(factor, sx, sy, getWidth(), getHeight()).clamp(frame, bounds, getWidth(), getHeight());
        invalidateLayout();
    }

    private void ensureViewport() {
        if (viewport == null) {
            viewport = MapViewport.fit(frame, getWidth(), getHeight());
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            boolean fitted = viewport == null
                    || viewport.scale() == MapViewport.fit(frame, canvas.getWidth(), canvas.getHeight()).scale();
            canvas.setWidth(w);
            canvas.setHeight(h);
            base.setWidth(w);
            base.setHeight(h);
            if (fitted) {
                viewport = MapViewport.fit(frame, w, h);
            }
            layoutDirty = true;
            draw();
        }
    }

    /** Projects markers to the screen and places labels; only when the view or the marks changed. */
    private void ensureLayout() {
        if (!layoutDirty) {
            return;
        }
        ensureViewport();
        layoutDirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        screen.clear();
        onEdge.clear();
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        // Places are labelled once zoomed in, or when they matter now (lit, pulsing); regions always.
        boolean zoomedIn = viewport.scale() >= 2.2 * MapViewport.fit(frame, w, h).scale();
        for (MapMarker m : markers) {
            double x = viewport.screenX(m.mapX(), w);
            double y = viewport.screenY(m.mapY(), h);
            boolean inside = x >= 0 && x <= w && y >= 0 && y <= h;
            if (!inside) {
                if (!m.indicator() || w < 2 * INSET || h < 2 * INSET) {
                    continue;
                }
                x = Math.max(INSET, Math.min(w - INSET, x));
                y = Math.max(INSET, Math.min(h - INSET, y));
                onEdge.add(m.id());
            }
            screen.put(m.id(), new Point2D(x, y));
            if (m.place() && !zoomedIn && !lit.contains(m.id()) && !pulsing.contains(m.id())) {
                continue;
            }
            candidates.add(new LabelPlacer.Candidate(m.id(), x, y, m.radius(), labelWidths.getOrDefault(m.id(), 40.0),
                    14, priority(m)));
        }
        // Keep labels off the zoom buttons (bottom right) and the hint (bottom left).
        labels = LabelPlacer.place(candidates, w, h, List.of(new double[] {w - 40, h - 96, w, h},
                new double[] {0, h - 18, Math.min(w, 200), h}));
    }

    private int priority(MapMarker m) {
        int p = 0;
        if (pulsing.contains(m.id())) {
            p += 4000;
        }
        if (lit.contains(m.id())) {
            p += 2000;
        }
        if (!m.place()) {
            p += 600;
        }
        if (onEdge.contains(m.id())) {
            p -= 500;
        }
        return p + Math.min(99, counts.of(m.id())) * 10;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        ensureLayout();
        drawBase(w, h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, w, h);
        for (MapMarker m : markers) {
            Point2D p = screen.get(m.id());
            if (p != null) {
                drawMarker(gc, m, p.getX(), p.getY());
            }
        }
        drawLabels(gc);
        drawHover(gc, w);
    }

    private void drawBase(double w, double h) {
        Object[] key = {viewport, w, h, seaColor.getValue(), landColor.getValue(), coastColor.getValue(),
            graticuleColor.getValue()};
        if (Arrays.equals(key, baseKey)) {
            return;
        }
        baseKey = key;
        GraphicsContext gc = base.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(seaColor.getValue());
        gc.fillRect(0, 0, w, h);
        drawLand(gc, w, h);
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    private void drawLand(GraphicsContext gc, double w, double h) {
        double s = viewport.scale();
        gc.setTransform(s, 0, 0, s, w / 2 - viewport.centreX() * s, h / 2 - viewport.centreY() * s);
        gc.setStroke(graticuleColor.getValue());
        gc.setLineWidth(1 / s);
        double west = viewport.mapX(0, w);
        double east = viewport.mapX(w, w);
        double north = viewport.mapY(0, h);
        double south = viewport.mapY(h, h);
        for (double lon = Math.ceil(MapProjection.longitude(west) / 10) * 10; MapProjection.xShifted(lon) <= east; lon += 10) {
            gc.strokeLine(MapProjection.xShifted(lon), north, MapProjection.xShifted(lon), south);
        }
        for (double lat = Math.ceil(-south / 10) * 10; -lat >= north; lat += 10) {
            gc.strokeLine(west, -lat, east, -lat);
        }
        gc.setFill(landColor.getValue());
        gc.setStroke(coastColor.getValue());
        gc.setLineWidth(1 / s);
        for (int i = 0; i < ringXs.length; i++) {
            double[] b = ringBounds[i];
            if (b[2] < west || b[0] > east || b[3] < north || b[1] > south) {
                continue;
            }
            gc.fillPolygon(ringXs[i], ringYs[i], ringXs[i].length);
            gc.strokePolygon(ringXs[i], ringYs[i], ringXs[i].length);
        }
    }

    private static double[] bounds(double[] xs, double[] ys) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xs.length; i++) {
            b[0] = Math.min(b[0], xs[i]);
            b[1] = Math.min(b[1], ys[i]);
            b[2] = Math.max(b[2], xs[i]);
            b[3] = Math.max(b[3], ys[i]);
        }
        return b;
    }

    private void drawMarker(GraphicsContext gc, MapMarker m, double x, double y) {
        String id = m.id();
        boolean has = counts.of(id) > 0;
        boolean isLit = lit.contains(id);
        double r = m.radius();
        double alpha = highlightActive && !isLit ? 0.35 : 1;
        gc.setGlobalAlpha(alpha);
        Color litC = litColor.getValue();
        Color color = isLit ? litC : has ? markerColor.getValue() : emptyColor.getValue();
        if (isLit) {
            gc.setFill(litC.deriveColor(0, 1, 1, 0.25));
            gc.fillOval(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10);
        }
        if (onEdge.contains(id)) {
            drawEdgeArrow(gc, x, y, color);
        } else if (m.place()) {
            gc.setFill(has ? color : paperColor.getValue());
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(has ? paperColor.getValue() : color);
            gc.setLineWidth(has ? 1 : 1.5);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            gc.setStroke(color);
            gc.setLineWidth(2);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setFill(color.deriveColor(0, 1, 1, has ? 0.18 : 0.05));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (filtered.contains(id)) {
            gc.setStroke(inkColor.getValue());
            gc.setLineWidth(1.5);
            gc.setLineDashes(3, 2);
            gc.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            gc.setLineDashes();
        }
        gc.setGlobalAlpha(1);
        if (pulsing.contains(id)) {
            double phase = pulsePhase.get();
            double pr = r + 3 + (animated.get() ? 14 * phase : 4);
            gc.setStroke(pulseColor.getValue().deriveColor(0, 1, 1, animated.get() ? 1 - 0.7 * phase : 1));
            gc.setLineWidth(2);
            gc.strokeOval(x - pr, y - pr, 2 * pr, 2 * pr);
        }
    }

    private void drawEdgeArrow(GraphicsContext gc, double x, double y, Color color) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double dx = x <= INSET ? -1 : x >= w - INSET ? 1 : 0;
        double dy = y <= INSET ? -1 : y >= h - INSET ? 1 : 0;
        double len = Math.hypot(dx, dy);
        dx /= len;
        dy /= len;
        double px = -dy;
        double py = dx;
        gc.setFill(color);
        gc.fillPolygon(new double[] {x + 7 * dx, x - 5 * dx + 5 * px, x - 5 * dx - 5 * px},
                new double[] {y + 7 * dy, y - 5 * dy + 5 * py, y - 5 * dy - 5 * py}, 3);
    }

    private void drawLabels(GraphicsContext gc) {
        gc.setFont(LABEL_FONT);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        for (LabelPlacer.Placement p : labels) {
            if (!p.shown()) {
                continue;
            }
            Point2D anchor = screen.get(p.id());
            boolean isLit = lit.contains(p.id());
            gc.setGlobalAlpha(highlightActive && !isLit ? 0.45 : 1);
            if (p.leader()) {
                double lx = Math.max(p.x(), Math.min(p.x() + p.width(), anchor.getX()));
                double ly = Math.max(p.y(), Math.min(p.y() + p.height(), anchor.getY()));
                gc.setStroke(leaderColor.getValue());
                gc.setLineWidth(1);
                gc.strokeLine(anchor.getX(), anchor.getY(), lx, ly);
            }
            String text = labelTexts.getOrDefault(p.id(), p.id());
            gc.setFill(haloColor.getValue());
            gc.fillRoundRect(p.x(), p.y(), p.width(), p.height(), 4, 4);
            gc.setFill(isLit ? litColor.getValue().darker() : inkColor.getValue());
            gc.fillText(text, p.x() + 2, p.y() + 1);
        }
        gc.setGlobalAlpha(1);
    }

    private void drawHover(GraphicsContext gc, double w) {
        Dataset d = state.getDataset();
        if (hovered == null || d == null || !screen.containsKey(hovered)) {
            return;
        }
        Point2D p = screen.get(hovered);
        int n = counts.of(hovered);
        String text = d.regions().get(hovered).map(Region::name).orElse(hovered)
                + " — " + Counted.of(n, "event");
        Text measure = new Text(text);
        measure.setFont(LABEL_FONT);
        double tw = measure.getLayoutBounds().getWidth() + 10;
        double x = Math.max(2, Math.min(w - tw - 2, p.getX() + 10));
        double y = Math.max(2, p.getY() - 26);
        gc.setFill(inkColor.getValue().deriveColor(0, 1, 1, 0.9));
        gc.fillRoundRect(x, y, tw, 18, 6, 6);
        gc.setFill(paperColor.getValue());
        gc.fillText(text, x + 5, y + 3);
    }

    /** The marker or label under (x, y), nearest first, or null. */
    public String hit(double x, double y) {
        ensureLayout();
        for (int i = labels.size() - 1; i >= 0; i--) {
            LabelPlacer.Placement p = labels.get(i);
            if (p.shown() && x >= p.x() && x <= p.x() + p.width() && y >= p.y() && y <= p.y() + p.height()) {
                return p.id();
            }
        }
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MapMarker m : markers) {
            Point2D p = screen.get(m.id());
            if (p == null) {
                continue;
            }
            double dist = p.distance(x, y);
            if (dist <= m.radius() + 4 && dist < bestDistance) {
                best = m.id();
                bestDistance = dist;
            }
        }
        return best;
    }

    /** Names the place under the pointer ({@code id}), or nobody's (null). */
    void hover(String id) {
        if (!java.util.Objects.equals(id, hovered)) {
            hovered = id;
            draw();
        }
    }

    /** Moves the view by (dx, dy) pixels, within the map's bounds. */
    void panBy(double dx, double dy) {
        ensureViewport();
        viewport = viewport.pan(dx, dy).clamp(frame, bounds, getWidth(), getHeight());
        invalidateLayout();
    }

    /** Adds the region to the region filter, or takes it out when it is already there. */
    void toggleFilter(String id) {
        Set<String> ids = new HashSet<>(state.getFilter().regionIds());
        if (!ids.remove(id)) {
            ids.add(id);
        }
        state.setFilter(state.getFilter().withRegions(ids));
    }

    /** Whether the marker is drawn at the edge because it lies outside the view. */
    public boolean isOnEdge(String regionId) {
        ensureLayout();
        return onEdge.contains(regionId);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    /** The map's context menu (right-click, the menu key, Shift+F10), for tests. */
    public ContextMenu contextMenu() {
        return contextMenu.menu();
    }

    /** Whether a pulse is running, for tests. */
    public boolean isPulseRunning() {
        return pulse.getStatus() == Animation.Status.RUNNING;
    }
}
