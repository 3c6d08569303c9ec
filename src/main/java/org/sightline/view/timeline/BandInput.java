package org.sightline.view.timeline;

import javafx.scene.Cursor;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.sightline.model.TimeWindow;

/**
 * The main band's mouse: drag pans, the wheel and a pinch zoom about the pointer, a horizontal scroll pans,
 * a click selects an event (or folds a lane at its header, or zooms into a cluster, or clears the selection
 * on empty ground), a double-click zooms in, and the wheel over the lane headers scrolls the lanes. Hovering
 * shows a tooltip. It hit-tests against the frame the skin drew last.
 */
final class BandInput {

    /** How far, in pixels, a press must move before it is a drag and not a click. */
    private static final double DRAG_THRESHOLD = 3;
    /** The wheel's notch, in scroll pixels, when the event does not say. */
    private static final double DEFAULT_NOTCH = 40;

    private final TimelineSkin skin;
    private final Region band;
    private final HoverTips tips = new HoverTips();
    private double pressX;
    private TimeWindow pressWindow;
    private boolean dragging;
    /** Wheel movement over the lane headers not yet turned into whole lanes. */
    private double laneWheel;

    BandInput(TimelineSkin skin, Region band) {
        this.skin = skin;
        this.band = band;
        band.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        band.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        band.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        band.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        band.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        band.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tips.hide());
        band.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> tips.hide());
        band.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        band.addEventHandler(ZoomEvent.ZOOM, this::pinched);
    }

    /** The text of the tooltip when it is showing, else null. */
    String tooltipText() {
        return tips.text();
    }

    private void pressed(MouseEvent e) {
        skin.getSkinnable().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || skin.frame() == null) {
            return;
        }
        pressX = e.getX();
        pressWindow = skin.frame().window();
        dragging = false;
        tips.hide();
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
        band.setCursor(Cursor.CLOSED_HAND);
        double msPerPx = skin.renderer().layout().scale().millisFor(1);
        TimelineView view = skin.getSkinnable();
        view.moveTo(view.navigator().panMillis(pressWindow, Math.round(-dx * msPerPx)), false);
    }

    private void released(MouseEvent e) {
        band.setCursor(Cursor.DEFAULT);
        if (e.getButton() != MouseButton.PRIMARY || skin.frame() == null) {
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
        TimelineView view = skin.getSkinnable();
        TimelineRenderer renderer = skin.renderer();
        TimelineLayout layout = renderer.layout();
        if (x < renderer.headerWidth()) {
            int lane = layout.laneAt(y);
            if (lane >= 0) {
                skin.toggleFolded(layout.lanes().lanes().get(lane));
            }
            return;
        }
        double at = x + skin.offset();
        int item = layout.itemAt(at, y);
        if (item >= 0) {
            view.state().setSelectedEvent(renderer.eventAt(layout.itemEvent(item)));
            return;
        }
        int cluster = layout.clusterAt(at, y);
        if (cluster >= 0) {
            view.zoomToRange(layout.clusterStart(cluster), layout.clusterEnd(cluster));
            return;
        }
        view.state().setSelectedEvent(null);
    }

    private void clicked(MouseEvent e) {
        TimelineRenderer renderer = skin.renderer();
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && skin.frame() != null
                && e.getX() >= renderer.headerWidth()
                && renderer.layout().itemAt(e.getX() + skin.offset(), e.getY()) < 0) {
            skin.getSkinnable().zoomAbout(0.5, skin.viewScale().millisAt(e.getX()), true);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (skin.frame() == null) {
            return;
        }
        if (e.getX() < skin.renderer().headerWidth()) {
            scrollLanes(e);
            return;
        }
        TimelineView view = skin.getSkinnable();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        if (Math.abs(dx) > Math.abs(dy)) {
            view.panMillis(Math.round(-dx * skin.renderer().layout().scale().millisFor(1)));
        } else if (dy != 0) {
            double factor = Math.pow(2, -dy / 200.0);
            view.zoomAbout(factor, skin.viewScale().millisAt(e.getX()), false);
        }
        e.consume();
    }

    /** The wheel over the lane headers or their scroll bar: a lane per notch, when they do not all fit. */
    void scrollLanes(ScrollEvent e) {
        if (skin.frame() == null || skin.renderer().layout().maxFirstLane() == 0 || e.getDeltaY() == 0) {
            return;
        }
        double notch = e.getMultiplierY() > 0 ? e.getMultiplierY() : DEFAULT_NOTCH;
        laneWheel -= e.getDeltaY();
        int lanes = (int) (laneWheel / notch);
        if (lanes != 0) {
            laneWheel -= lanes * notch;
            tips.hide();
            skin.getSkinnable().scrollLanes(lanes);
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        if (skin.frame() == null || e.getZoomFactor() <= 0) {
            return;
        }
        skin.getSkinnable().zoomAbout(1 / e.getZoomFactor(), skin.viewScale().millisAt(e.getX()), false);
        e.consume();
    }

    private void moved(MouseEvent e) {
        TimelineFrame frame = skin.frame();
        if (frame == null) {
            return;
        }
        TimelineRenderer renderer = skin.renderer();
        TimelineLayout layout = renderer.layout();
        boolean onHeaders = e.getX() < renderer.headerWidth();
        double at = e.getX() + skin.offset();
        int lane = onHeaders ? layout.laneAt(e.getY()) : -1;
        int item = onHeaders ? -1 : layout.itemAt(at, e.getY());
        int position = item < 0 ? -1 : layout.itemEvent(item);
        int era = onHeaders || item >= 0 ? -1 : renderer.eraAt(frame, at, e.getY());
        // What is hovered: an event's position, a lane header as -2 - lane, an era's title as
        // Integer.MIN_VALUE + era, or nothing (HoverTips.NONE).
        int now = lane >= 0 ? -2 - lane : era >= 0 ? Integer.MIN_VALUE + era : position;
        if (tips.shows(now)) {
            return;
        }
        if (now == HoverTips.NONE) {
            tips.hide();
            return;
        }
        tips.show(now, lane >= 0 ? HoverTips.describeLane(frame, renderer.lanes().lanes().get(lane))
                : era >= 0 ? HoverTips.describeEra(frame, frame.dataset().eras().get(era))
                : HoverTips.describe(frame, renderer.eventAt(position)), band, e.getScreenX(), e.getScreenY());
    }
}
