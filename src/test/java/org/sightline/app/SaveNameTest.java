package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sightline.io.DatasetFormat;

/** The name Save As offers never replaces an imported original with a native copy by default. */
class SaveNameTest {

    @Test
    void anImportedFileIsOfferedANameOfItsOwnAndANativeOneItsOwnName() {
        assertEquals("watch-sightline.json", FileSupport.suggestedSaveName(Path.of("/d/watch.json"), DatasetFormat.VIS_JSON));
        assertEquals("sheet-sightline.json", FileSupport.suggestedSaveName(Path.of("/d/sheet.csv"),
                DatasetFormat.TIMELINEJS_CSV));
        assertEquals("mine.json", FileSupport.suggestedSaveName(Path.of("/d/mine.json"), DatasetFormat.NATIVE_JSON));
        assertEquals("dataset.json", FileSupport.suggestedSaveName(null, null));
    }
}
