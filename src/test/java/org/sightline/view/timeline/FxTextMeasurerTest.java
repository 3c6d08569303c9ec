package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Label widths from summed character advances (Latin text, ellipsis) equal the widths of a full text layout. */
class FxTextMeasurerTest {

    private static final List<String> LABELS = List.of("Item 1234", "AVAWAY To. Ty", "  leading", "trailing  ",
            "fi fl ffi ff", "Kihara's term ends; Gen Nakatani becomes Defense Minister",
            "Japan adopts new security documents; ASDF to become \"Air and Space SDF\"", "Ærø, ÿ, Łódź, Ǆ",
            "Dec 2019 · Space Force established", "The whole title…", "Cut…", "…");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void latinLabelsMeasureAsTheirTextLayoutWidthAtSeveralFonts() throws Exception {
        List<String> labels = new ArrayList<>(LABELS);
        for (int c = ' '; c < FxTextMeasurer.SIMPLE_END; c += 7) {
            labels.add("a" + (char) c + "b" + (char) (c + 3) + " W");
        }
        for (Font font : List.of(Font.font("DejaVu Sans", 12), Font.font("DejaVu Sans", FontWeight.BOLD, 12),
                Font.font("DejaVu Sans", 28.8))) {
            WaitForAsyncUtils.asyncFx(() -> {
                FxTextMeasurer measurer = new FxTextMeasurer(font);
                for (String label : labels) {
                    assertEquals(measurer.layoutWidth(label), measurer.measure(label), 0.01, font + ": " + label);
                }
            }).get();
        }
    }

    @Test
    void otherScriptsAreMeasuredByTheirTextLayout() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            FxTextMeasurer measurer = new FxTextMeasurer(Font.font("DejaVu Sans", 12));
            for (String label : List.of("שלום עולם", "e\u0301te\u0301", "東京 2024", "Ελληνικά", "😀 emoji")) {
                assertEquals(measurer.layoutWidth(label), measurer.measure(label), 1e-9, label);
            }
        }).get();
    }
}
