package org.sightline.view.export;

import java.util.Locale;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.sightline.controller.ViewState;
import org.sightline.io.DatasetIdentity;
import org.sightline.model.DateRange;
import org.sightline.model.ViewSpec;

/** Copy image (Ctrl+Shift+C): the same image Export would write, on the clipboard. */
public final class ClipboardImages {

    private ClipboardImages() {
    }

    static void copy(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Renders the current view with the last export settings (or 1920 × 1080, light, legend and footer)
     * and copies it; returns a sentence saying what was copied. On the FX thread.
     */
    public static String copyCurrentView(ViewState state, ViewSpec template) {
        if (state.getDataset() == null) {
            return "Nothing to copy: no dataset is open.";
        }
        DateRange range = state.getVisibleWindow() != null ? DateRange.covering(state.getVisibleWindow())
                : ExportContent.defaultRange(state.getDataset());
        ViewSpec.DatasetRef ref = DatasetIdentity.of(state.datasetSourceProperty().get(), state.getDataset());
        ViewSpec view = template == null
                ? new ViewSpec(ref, range, state.getLaneGrouping(), state.getFilter(), "light", 1920, 1080, 1, null,
                        null, true, true, false, state.getCollapsedLanes())
                : new ViewSpec(ref, range, state.getLaneGrouping(), state.getFilter(), template.theme(),
                        template.pixelWidth(), template.pixelHeight(), template.scale(),
                        ref.name().equals(template.dataset().name()) ? template.title() : null, null,
                        template.legend(), template.footer(), template.panels(), state.getCollapsedLanes());
        ViewSpec spec = view.withFirstLane(state.getFirstLane());
        ExportContent content = ExportContent.of(state.getDataset(), spec, Locale.getDefault(), System.currentTimeMillis());
        copy(new OffscreenRenderer(new SnapshotComposer()).renderImage(content));
        return String.format(Locale.ROOT, "Copied a %d × %d image of %s.", spec.pixelWidth(), spec.pixelHeight(),
                range.label(Locale.getDefault()));
    }
}
