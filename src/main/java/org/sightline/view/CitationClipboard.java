package org.sightline.view;

import java.util.Locale;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.sightline.controller.ViewState;
import org.sightline.model.EventCitation;
import org.sightline.model.TimelineEvent;

/** Puts the selected event on the clipboard as plain text with its sources ({@link EventCitation}). */
public final class CitationClipboard {

    private CitationClipboard() {
    }

    /** Copies the selected event; false (and the clipboard untouched) when none is selected. */
    public static boolean copySelected(ViewState state) {
        TimelineEvent e = state.getSelectedEvent();
        if (e == null || state.getDataset() == null) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(EventCitation.of(state.getDataset(), e, Locale.getDefault()));
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }
}
