package org.sightline.view.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.Styleable;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

/**
 * The interactive timeline: a Control drawn on a Canvas by {@link TimelineSkin}. It observes the shared
 * {@link ViewState} (dataset, filtered events, selection, highlights, grouping, collapsed lanes, visible
 * window) and writes the visible window when the user zooms or pans, and the selection when the user
 * picks an event. Colours and fonts come from CSS ({@code -tl-*} properties, {@code :dark} variant).
 * <p>
 * Keys (when focused): {@code +}/{@code -} zoom, {@code F}/{@code Home} fit, Left and Right pan, Ctrl+Left and
 * Ctrl+Right previous/next event, Up and Down scroll the lanes when they do not all fit, C folds or unfolds the
 * selected event's lane (Shift+C the lane above it in the organisation tree), Enter shows details, Esc clears the
 * selection. Tab is never consumed.
 */
public final class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final String STYLESHEET = Objects.requireNonNull(
            TimelineView.class.getResource("timeline-view.css"), "timeline-view.css").toExternalForm();
    /** Length of an animated transition. */
    static final double ANIMATION_MS = 220;
    /** Length of the glide to a window set elsewhere (a briefing step): long enough to follow from the back of a room. */
    static final double GLIDE_MS = 650;

    private final ViewState state;

    private final StyleableProperty<Color> background = color("timelineBackground", "-tl-background", v -> v.background, "#ffffff");
    private final StyleableProperty<Color> laneBackground = color("laneBackground", "-tl-lane-background", v -> v.laneBackground, "#ffffff");
    private final StyleableProperty<Color> laneAlternate = color("laneAlternate", "-tl-lane-alternate", v -> v.laneAlternate, "#f4f6f9");
    private final StyleableProperty<Color> ink = color("ink", "-tl-ink", v -> v.ink, "#1d2430");
    private final StyleableProperty<Color> mutedInk = color("mutedInk", "-tl-muted-ink", v -> v.mutedInk, "#5b6573");
    private final StyleableProperty<Color> gridLine = color("gridLine", "-tl-grid-line", v -> v.gridLine, "#e1e5eb");
    private final StyleableProperty<Color> eraFill = color("eraFill", "-tl-era-fill", v -> v.eraFill, "#0a5ca812");
    private final StyleableProperty<Color> todayLine = color("todayLine", "-tl-today-line", v -> v.todayLine, "#c62828");
    private final StyleableProperty<Color> selection = color("selectionColor", "-tl-selection", v -> v.selection, "#111111");
    private final StyleableProperty<Color> fallbackEvent = color("fallbackEventColor", "-tl-fallback-event", v -> v.fallbackEvent, "#6b7280");
    private final StyleableProperty<Color> focusRing = color("focusRing", "-tl-focus-ring", v -> v.focusRing, "#0a5ca8");
    private final StyleableProperty<Color> border = color("borderColor", "-tl-border", v -> v.border, "#d5d9e0");
    private final StyleableProperty<String> fontFamily =
            CSS.createStyleableStringProperty(this, "labelFontFamily", "-tl-font-family", v -> v.fontFamily, "DejaVu Sans");
    private final StyleableProperty<Number> fontSize =
            CSS.createStyleableNumberProperty(this, "labelFontSize", "-tl-font-size", v -> v.fontSize, 12);
    /** The opacity of events outside a highlight (the high-contrast presenting theme raises it). */
    private final StyleableProperty<Number> dimmedOpacity = CSS.createStyleableNumberProperty(this, "dimmedOpacity",
            "-tl-dimmed-opacity", v -> v.dimmedOpacity, TimelineStyle.DIMMED);

    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final DoubleProperty coveredBottom = new SimpleDoubleProperty(this, "coveredBottom", 0);
    private final IntegerProperty firstLane = new SimpleIntegerProperty(this, "firstLane", 0);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(DARK, get());
        }
    };
    private final ObjectProperty<Runnable> onShowDetails = new SimpleObjectProperty<>(this, "onShowDetails");
    private final ObjectProperty<Runnable> onCopyEvent = new SimpleObjectProperty<>(this, "onCopyEvent");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private LongSupplier clock = System::currentTimeMillis;

    private Predicate<TimelineEvent> emphasis = e -> true;
    private final WindowAnimation animation = new WindowAnimation();
    private final Glide glide = new Glide();
    private final ReadOnlyObjectWrapper<TimeWindow> glideWindow = new ReadOnlyObjectWrapper<>(this, "glideWindow");
    private final SummaryAnnouncer announcer = new SummaryAnnouncer(this);

    public TimelineView(ViewState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRoleDescription("timeline");
        setAccessibleHelp("Plus and minus zoom, F fits the events on view, left and right arrows pan, Control with left or"
                + " right arrow selects the previous or next event, Enter shows its details, Escape clears the"
                + " selection, C folds or unfolds its lane. The events table below lists the same events.");
        state.selectedEventProperty().addListener(o -> announcer.changed());
        state.filteredEventsProperty().addListener(o -> announcer.changed());
        state.visibleWindowProperty().addListener(o -> announcer.moved());
        state.datasetProperty().addListener((obs, old, now) -> {
            animation.stop();
            state.setVisibleWindow(now == null ? null : navigator().fit());
        });
        // Everything that changes what stands out (highlights, search-as-highlight, a briefing's spotlight)
        // bumps this revision once; the predicate is built once per revision and cached per event by the renderer.
        state.emphasisRevisionProperty().addListener((obs, old, now) -> refreshEmphasis());
        state.datasetProperty().addListener((obs, old, now) -> refreshEmphasis());
        state.selectedEventProperty().addListener((obs, old, now) -> reveal(now));
        state.visibleWindowProperty().addListener((obs, old, now) -> {
            if (animation.writing) {
                return;
            }
            // Someone else moved the window (a briefing step, the overview, a restored view): that wins.
            animation.stop();
            if (old != null && now != null && isAnimated() && getScene() != null && isJump(old, now)) {
                glide.start(glide.shown(old), now);
            } else {
                glide.stop();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        if (state.getDataset() != null && state.getVisibleWindow() == null) {
            state.setVisibleWindow(navigator().fit());
        }
        refreshEmphasis();
    }

    private StyleableProperty<Color> color(String name, String css,
                                           java.util.function.Function<TimelineView, StyleableProperty<Color>> get,
                                           String initial) {
        return CSS.createStyleableColorProperty(this, name, css, get, Color.web(initial));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    public ViewState state() {
        return state;
    }

    // ---- properties ------------------------------------------------------------------------------

    /**
     * How much of the control's bottom something laid over it covers (the caption card while presenting): the
     * main band and the overview are laid out above it, so that no lane or event is hidden under it.
     */
    public DoubleProperty coveredBottomProperty() {
        return coveredBottom;
    }

    public double getCoveredBottom() {
        return coveredBottom.get();
    }

    public void setCoveredBottom(double value) {
        coveredBottom.set(value);
    }

    /**
     * The lane shown at the top when the lanes need more height than the band has (they scroll by whole lanes:
     * the scroll bar beside them, the wheel over their headers, Up and Down). Each frame keeps it within the
     * lanes there are; a selection in a lane scrolled out of sight brings that lane into view.
     */
    public IntegerProperty firstLaneProperty() {
        return firstLane;
    }

    public int getFirstLane() {
        return firstLane.get();
    }

    public void setFirstLane(int value) {
        firstLane.set(Math.max(0, value));
    }

    /** Scrolls the lanes by {@code delta} lanes (positive shows later lanes); nothing when all fit. */
    public void scrollLanes(int delta) {
        setFirstLane(getFirstLane() + delta);
    }

    /** Whether zoom and fit move in a short animation (wheel and drag are always immediate). */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    public boolean isAnimated() {
        return animated.get();
    }

    public void setAnimated(boolean value) {
        animated.set(value);
    }

    /** Dark variant of the stylesheet (the {@code :dark} pseudo-class). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    /** What Enter does: the application shows the details of the selection (e.g. focuses its pane). */
    public ObjectProperty<Runnable> onShowDetailsProperty() {
        return onShowDetails;
    }

    public Runnable getOnShowDetails() {
        return onShowDetails.get();
    }

    public void setOnShowDetails(Runnable value) {
        onShowDetails.set(value);
    }

    /** What the event's context menu does to copy the selected event (left out of the menu while null). */
    public ObjectProperty<Runnable> onCopyEventProperty() {
        return onCopyEvent;
    }

    public Runnable getOnCopyEvent() {
        return onCopyEvent.get();
    }

    public void setOnCopyEvent(Runnable value) {
        onCopyEvent.set(value);
    }

    /** Locale of month names and labels. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** Where the "today" line goes; replaceable so tests and screenshots are reproducible. */
    public void setClock(LongSupplier clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Where {@code event} was drawn in the last frame, in this control's coordinates (empty when not drawn). */
    public java.util.Optional<javafx.geometry.Bounds> boundsOf(TimelineEvent event) {
        return getSkin() instanceof TimelineSkin skin ? java.util.Optional.ofNullable(skin.boundsOf(event))
                : java.util.Optional.empty();
    }

    /**
     * {@code window}, or a window as wide moved later so that {@code event}'s whole label fits in the plot as
     * this view last drew it (a briefing step's framing, so that presenting type does not cut the step's own
     * title at the right edge).
     */
    public TimeWindow windowShowingLabel(TimelineEvent event, TimeWindow window) {
        return getSkin() instanceof TimelineSkin skin ? skin.windowShowingLabel(event, window) : window;
    }

    /**
     * What a screen reader reads for the timeline: the window it shows, how many events are in it and the
     * selected event ({@link TimelineSummary}). Made when asked, not per frame.
     */
    public String summary() {
        return TimelineSummary.of(state.getDataset(), state.getFilteredEvents(), state.getVisibleWindow(),
                state.getSelectedEvent(), locale.get());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? summary() : super.queryAccessibleAttribute(attribute, parameters);
    }

    /** How many changes were announced to assistive technology so far (for tests). */
    int announcements() {
        return announcer.announcements();
    }

    /** Whether a screen reader listens (JavaFX's accessibility on); replaceable for tests. */
    void setAccessibilityListening(java.util.function.BooleanSupplier listening) {
        announcer.setListening(listening);
    }

    // ---- drawing inputs ----------------------------------------------------------------------------

    /** The colours and fonts currently set by CSS. */
    public TimelineStyle timelineStyle() {
        return new TimelineStyle(isDark() ? "dark" : "light", background.getValue(), laneBackground.getValue(),
                laneAlternate.getValue(), ink.getValue(), mutedInk.getValue(), gridLine.getValue(), eraFill.getValue(),
                todayLine.getValue(), selection.getValue(), fallbackEvent.getValue(), fontFamily.getValue(),
                fontSize.getValue().doubleValue(), fontSize.getValue().doubleValue(), false,
                dimmedOpacity.getValue().doubleValue());
    }

    /** Colour of the focus ring (drawn on the canvas when the timeline has the keyboard focus). */
    Color focusRingColor() {
        return focusRing.getValue();
    }

    /** Colour of the outline drawn round the canvas when it has no focus. */
    Color borderColor() {
        return border.getValue();
    }

    /** Everything one drawing needs, from the shared state; null when there is nothing to draw. */
    public TimelineFrame frame() {
        Dataset d = state.getDataset();
        if (d == null || d.extent().isEmpty()) {
            return null; // nothing dated to draw: the skin says so
        }
        TimeWindow window = state.getVisibleWindow() == null ? navigator().fit() : state.getVisibleWindow();
        window = glide.shown(window);
        return new TimelineFrame(d, state.getFilteredEvents(), window, state.getLaneGrouping(),
                Set.copyOf(state.getCollapsedLanes()), state.getSelectedEvent(), emphasis, timelineStyle(),
                locale.get(), clock.getAsLong());
    }

    private void refreshEmphasis() {
        emphasis = state.emphasis();
    }

    /** Zoom and pan limits for the current data. */
    public Navigator navigator() {
        return Navigator.of(state.getDataset());
    }

    // ---- navigation --------------------------------------------------------------------------------

    private TimeWindow window() {
        TimeWindow w = animation.target();
        if (w != null) {
            return w;
        }
        return state.getVisibleWindow() == null ? navigator().fit() : state.getVisibleWindow();
    }

    public void zoomIn() {
        zoomBy(1 / Navigator.STEP);
    }

    public void zoomOut() {
        zoomBy(Navigator.STEP);
    }

    /** Zooms about the middle of the window. */
    public void zoomBy(double factor) {
        TimeWindow w = window();
        moveTo(navigator().zoom(w, factor, w.startMillis() + w.duration() / 2.0), isAnimated());
    }

    /** Zooms keeping {@code anchorMillis} in place; immediate (wheel, pinch) or animated (double-click). */
    public void zoomAbout(double factor, double anchorMillis, boolean animate) {
        moveTo(navigator().zoom(window(), factor, anchorMillis), animate && isAnimated());
    }

    /** Zooms to fit the events on view: all of them, or those a filter leaves. */
    public void zoomToFit() {
        if (state.getDataset() != null) {
            moveTo(Navigator.fitShown(state.getDataset(), state.getFilteredEvents()), isAnimated());
        }
    }

    /**
     * Zooms to the selected event with a margin, moved later where its whole title would not fit after it (as a
     * briefing step is framed); does nothing without a selection.
     */
    public void zoomToSelection() {
        TimelineEvent e = state.getSelectedEvent();
        if (e != null) {
            TimeWindow around = navigator().aroundEvent(e.startMillis(), e.endMillis());
            moveTo(navigator().clamp(windowShowingLabel(e, around)), isAnimated());
        }
    }

    /**
     * Shows exactly {@code period} (a year, a month, a range someone typed) with a sliver of margin at each
     * end, so that events on its first and last day are not cut by the edges.
     */
    public void showPeriod(TimeWindow period) {
        long margin = Math.round(period.duration() * 0.02);
        moveTo(navigator().clamp(new TimeWindow(period.startMillis() - margin, period.endMillis() + margin)),
                isAnimated());
    }

    /** Zooms so that {@code span} (a lane's events, say) fills the view as zoom to fit frames all of them. */
    public void fitTo(TimeWindow span) {
        moveTo(navigator().fitTo(span), isAnimated());
    }

    /** Zooms to a time range (a cluster) with a margin. */
    public void zoomToRange(long start, long end) {
        moveTo(navigator().around(start, end), isAnimated());
    }

    /** Pans by a fraction of the window (positive is later). */
    public void pan(double fraction) {
        moveTo(navigator().pan(window(), fraction), isAnimated());
    }

    /** Pans by milliseconds, immediately (dragging, scrolling). */
    public void panMillis(long millis) {
        animation.stop();
        state.setVisibleWindow(navigator().panMillis(window(), millis));
    }

    /** Shows {@code target}, animated or at once. */
    public void moveTo(TimeWindow target, boolean animate) {
        if (target == null) {
            return;
        }
        TimeWindow from = state.getVisibleWindow();
        if (!animate || from == null || from.equals(target) || getScene() == null) {
            animation.stop();
            state.setVisibleWindow(target);
        } else {
            animation.start(from, target);
        }
    }

    /** Pans so the event is in view when a selection is made elsewhere and it is off screen. */
    private void reveal(TimelineEvent e) {
        TimeWindow w = state.getVisibleWindow();
        if (e == null || w == null || w.intersects(e.startMillis(), e.endMillis())) {
            return;
        }
        long centre = e.startMillis() + (Math.min(e.endMillis(), e.startMillis() + w.duration() / 2) - e.startMillis()) / 2;
        moveTo(navigator().clamp(w.centeredOn(centre)), isAnimated());
    }

    private void onKey(KeyEvent k) {
        KeyCode code = k.getCode();
        boolean ctrl = k.isShortcutDown();
        boolean handled = true;
        if ((code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) && !ctrl) {
            zoomIn();
        } else if ((code == KeyCode.MINUS || code == KeyCode.SUBTRACT) && !ctrl) {
            zoomOut();
        } else if ((code == KeyCode.F || code == KeyCode.HOME) && !ctrl) {
            zoomToFit();
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            int direction = code == KeyCode.LEFT ? -1 : 1;
            if (ctrl) {
                state.stepSelection(direction);
            } else {
                pan(direction * 0.1);
            }
        } else if ((code == KeyCode.UP || code == KeyCode.DOWN) && !ctrl) {
            scrollLanes(code == KeyCode.UP ? -1 : 1);
        } else if (code == KeyCode.C && !ctrl) {
            handled = getSkin() instanceof TimelineSkin skin && skin.toggleLaneOfSelection(k.isShiftDown());
        } else if (MenuKey.asks(k)) {
            handled = getSkin() instanceof TimelineSkin skin && skin.openMenuFromKeyboard();
        } else if (code == KeyCode.ENTER && state.getSelectedEvent() != null && getOnShowDetails() != null) {
            getOnShowDetails().run();
        } else if (code == KeyCode.ESCAPE && state.getSelectedEvent() != null) {
            state.setSelectedEvent(null);
        } else {
            handled = false;
        }
        if (handled) {
            k.consume();
        }
    }

    /** A short ease-out move between two windows, interpolating the duration geometrically. */
    private final class WindowAnimation extends AnimationTimer {
        private TimeWindow from;
        private TimeWindow to;
        private long startNanos = -1;

        void start(TimeWindow from, TimeWindow to) {
            this.from = from;
            this.to = to;
            this.startNanos = -1;
            start();
        }

        TimeWindow target() {
            return to;
        }

        @Override
        public void stop() {
            super.stop();
            to = null;
        }

        @Override
        public void handle(long now) {
            if (startNanos < 0) {
                startNanos = now;
            }
            double t = Math.min(1, (now - startNanos) / (ANIMATION_MS * 1e6));
            double e = 1 - Math.pow(1 - t, 3);
            TimeWindow target = to;
            if (from.duration() != target.duration()) {
                freshLayoutFrames++;
            }
            if (t >= 1) {
                stop();
                write(target);
                return;
            }
            write(interpolate(from, target, e));
        }

        private void write(TimeWindow w) {
            writing = true;
            try {
                state.setVisibleWindow(w);
            } finally {
                writing = false;
            }
        }

        boolean writing;
    }

    /** The window at eased progress {@code e} from {@code from} to {@code to}: zoom is geometric, pan linear. */
    static TimeWindow interpolate(TimeWindow from, TimeWindow to, double e) {
        double d0 = from.duration();
        double d1 = to.duration();
        double d = d0 * Math.pow(d1 / d0, e);
        double c0 = from.startMillis() + d0 / 2;
        double c1 = to.startMillis() + d1 / 2;
        double c = c0 + (c1 - c0) * e;
        long start = Math.round(c - d / 2);
        return new TimeWindow(start, start + Math.max(1, Math.round(d)));
    }

    /** True when a window change is a jump worth animating: little overlap, or a big change of scale. */
    static boolean isJump(TimeWindow from, TimeWindow to) {
        long overlap = Math.min(from.endMillis(), to.endMillis()) - Math.max(from.startMillis(), to.startMillis());
        double ratio = (double) to.duration() / from.duration();
        return overlap < 0.5 * Math.min(from.duration(), to.duration()) || ratio > 1.5 || ratio < 1 / 1.5;
    }

    /**
     * The window shown while the shared window has jumped elsewhere (a briefing step): drawing glides
     * there in a short animation, while the shared state already holds the target.
     */
    public ReadOnlyObjectProperty<TimeWindow> glideWindowProperty() {
        return glideWindow.getReadOnlyProperty();
    }

    private long freshLayoutFrames;

    /**
     * How many frames of animations that must be laid out afresh have been shown so far, the last one
     * included: zooms (whose frames can happen to have the same length) and a briefing step's glide (so
     * that a step always ends on the layout of its own window). The skin never pans such a frame.
     */
    long freshLayoutFrames() {
        return freshLayoutFrames;
    }

    /** Moves only what is drawn, never the shared state. */
    private final class Glide extends AnimationTimer {
        private TimeWindow from;
        private TimeWindow to;
        private long startNanos = -1;

        void start(TimeWindow from, TimeWindow to) {
            this.from = from;
            this.to = to;
            this.startNanos = -1;
            glideWindow.set(from);
            start();
        }

        /** What is drawn: the gliding window while a glide runs, otherwise {@code settled}. */
        TimeWindow shown(TimeWindow settled) {
            TimeWindow g = glideWindow.get();
            return g == null ? settled : g;
        }

        @Override
        public void stop() {
            super.stop();
            glideWindow.set(null);
        }

        @Override
        public void handle(long now) {
            if (startNanos < 0) {
                startNanos = now;
            }
            double t = Math.min(1, (now - startNanos) / (GLIDE_MS * 1e6));
            freshLayoutFrames++; // a step of a briefing is shown as laid out for its own window, never panned
            if (t >= 1 || to == null) {
                stop();
                return;
            }
            glideWindow.set(interpolate(from, to, 1 - Math.pow(1 - t, 3)));
        }
    }
}
