package org.sightline.view;

import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;

/** A panel's content with a short note over it while it has nothing to show ("This dataset names no regions."). */
final class EmptyNote {

    private EmptyNote() {
    }

    /** True while a dataset is open whose {@code count} (of organisations, of regions) is none. */
    static ObservableBooleanValue noneIn(ViewState state, ToIntFunction<Dataset> count) {
        return Bindings.createBooleanBinding(
                () -> state.getDataset() != null && count.applyAsInt(state.getDataset()) == 0, state.datasetProperty());
    }

    /** {@code content} under a note of {@code text}, shown while {@code empty} holds. */
    static StackPane over(Node content, String text, String id, ObservableBooleanValue empty) {
        Label note = new Label(text);
        note.setId(id);
        note.getStyleClass().add("panel-empty-note");
        note.setWrapText(true);
        note.setMouseTransparent(true);
        note.visibleProperty().bind(empty);
        return new StackPane(content, note);
    }
}
