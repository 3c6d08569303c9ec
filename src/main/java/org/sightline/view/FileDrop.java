package org.sightline.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Lets the user drop a dataset file onto a node to open it. One regular file is accepted; while it is
 * dragged over, the node has the {@code :drop-target} pseudo-class.
 */
public final class FileDrop {

    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Node target;
    private final Consumer<Path> open;

    private FileDrop(Node target, Consumer<Path> open) {
        this.target = target;
        this.open = open;
    }

    /** Installs the drag-over, drag-exit and drop handlers on {@code target}. */
    public static FileDrop install(Node target, Consumer<Path> open) {
        FileDrop drop = new FileDrop(target, open);
        target.addEventHandler(DragEvent.DRAG_OVER, drop::dragOver);
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, drop::dropped);
        return drop;
    }

    /** The file a drop of {@code files} would open: exactly one regular file. */
    public static Optional<Path> droppable(List<File> files) {
        if (files == null || files.size() != 1 || !files.get(0).isFile()) {
            return Optional.empty();
        }
        return Optional.of(files.get(0).toPath());
    }

    private static List<File> filesOf(DragEvent e) {
        Dragboard board = e.getDragboard();
        return board != null && board.hasFiles() ? board.getFiles() : List.of();
    }

    private void dragOver(DragEvent e) {
        if (e.getGestureSource() != target && droppable(filesOf(e)).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            target.pseudoClassStateChanged(DROP_TARGET, true);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        boolean done = drop(filesOf(e));
        target.pseudoClassStateChanged(DROP_TARGET, false);
        e.setDropCompleted(done);
        e.consume();
    }

    /** What a drop does: opens the one dropped file; false (nothing opened) for anything else. */
    public boolean drop(List<File> files) {
        Optional<Path> file = droppable(files);
        file.ifPresent(open);
        return file.isPresent();
    }
}
