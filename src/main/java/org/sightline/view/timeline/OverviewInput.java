package org.sightline.view.timeline;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.sightline.model.TimeWindow;

/**
 * The overview's mouse: drag the window box to move the view and its edges to resize it; a press outside
 * the box centres the view there first. The cursor tells which of these a press would do.
 */
final class OverviewInput {

    /** How close to a box edge, in pixels, a press takes that edge. */
    private static final double EDGE = 6;

    private enum Drag { NONE, MOVE, LEFT, RIGHT }

    private final TimelineSkin skin;
    private final Region area;
    private Drag drag = Drag.NONE;
    private TimeWindow pressWindow;
    private double pressMillis;

    OverviewInput(TimelineSkin skin, Region area) {
        this.skin = skin;
        this.area = area;
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    }

    private void pressed(MouseEvent e) {
        TimelineView view = skin.getSkinnable();
        view.requestFocus();
        TimeScale ts = skin.overviewScale();
        TimelineFrame frame = skin.frame();
        if (frame == null || ts == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        TimeWindow w = frame.window();
        double x1 = ts.x(w.startMillis());
        double x2 = ts.x(w.endMillis());
        double x = e.getX();
        if (Math.abs(x - x1) <= EDGE && x2 - x1 > 2 * EDGE) {
            drag = Drag.LEFT;
        } else if (Math.abs(x - x2) <= EDGE) {
            drag = Drag.RIGHT;
        } else {
            drag = Drag.MOVE;
            if (x < x1 || x > x2) {
                view.moveTo(view.navigator().clamp(w.centeredOn(ts.millisAt(x))), false);
                w = view.state().getVisibleWindow();
            }
        }
        pressWindow = w;
        pressMillis = ts.millisAt(x);
    }

    private void dragged(MouseEvent e) {
        TimeScale ts = skin.overviewScale();
        if (drag == Drag.NONE || ts == null || pressWindow == null) {
            return;
        }
        TimelineView view = skin.getSkinnable();
        double at = ts.millisAt(e.getX());
        long minGap = Navigator.MIN_DURATION;
        TimeWindow w = pressWindow;
        TimeWindow next = switch (drag) {
            case MOVE -> view.navigator().panMillis(w, Math.round(at - pressMillis));
            case LEFT -> new TimeWindow(Math.min(Math.round(at), w.endMillis() - minGap), w.endMillis());
            case RIGHT -> new TimeWindow(w.startMillis(), Math.max(Math.round(at), w.startMillis() + minGap));
            case NONE -> w;
        };
        view.moveTo(view.navigator().clamp(next), false);
    }

    private void moved(MouseEvent e) {
        TimeScale ts = skin.overviewScale();
        TimelineFrame frame = skin.frame();
        if (frame == null || ts == null) {
            return;
        }
        double x1 = ts.x(frame.window().startMillis());
        double x2 = ts.x(frame.window().endMillis());
        boolean edge = Math.abs(e.getX() - x1) <= EDGE || Math.abs(e.getX() - x2) <= EDGE;
        area.setCursor(edge ? Cursor.H_RESIZE : e.getX() > x1 && e.getX() < x2 ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }
}
