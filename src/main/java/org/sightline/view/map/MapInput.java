package org.sightline.view.map;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.sightline.controller.ViewState;

/**
 * The map's mouse and keys: the wheel zooms about the pointer, a drag pans, a click highlights a place and a
 * double-click (or Shift+click) adds it to the region filter or takes it out; hovering names a place. With the
 * map focused, + and − zoom, the arrow keys pan and 0 or Home resets the view.
 */
final class MapInput {

    /** How far, in pixels, a press must move before it is a drag and not a click. */
    private static final double DRAG_THRESHOLD = 4;
    /** How far an arrow key pans, in pixels. */
    private static final double KEY_PAN = 40;

    private final MapCanvas map;
    private final ViewState state;
    private double dragX;
    private double dragY;
    private boolean dragged;

    MapInput(MapCanvas map, ViewState state) {
        this.map = map;
        this.state = state;
        map.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> map.hover(map.hit(e.getX(), e.getY())));
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> map.hover(null));
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            map.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
            e.consume();
        }
    }

    private void pressed(MouseEvent e) {
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
        map.requestFocus();
    }

    private void dragged(MouseEvent e) {
        if (!dragged && Math.hypot(e.getX() - dragX, e.getY() - dragY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        map.panBy(e.getX() - dragX, e.getY() - dragY);
        dragX = e.getX();
        dragY = e.getY();
    }

    private void clicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String id = map.hit(e.getX(), e.getY());
        if (id == null) {
            return;
        }
        if (e.getClickCount() == 2 || e.isShiftDown() && e.getClickCount() == 1) {
            map.toggleFilter(id);
        } else {
            state.highlightRegion(id);
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> map.zoomIn();
            case MINUS, SUBTRACT -> map.zoomOut();
            case DIGIT0, NUMPAD0, HOME -> map.resetView();
            case LEFT -> map.panBy(KEY_PAN, 0);
            case RIGHT -> map.panBy(-KEY_PAN, 0);
            case UP -> map.panBy(0, KEY_PAN);
            case DOWN -> map.panBy(0, -KEY_PAN);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
