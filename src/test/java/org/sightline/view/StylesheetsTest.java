package org.sightline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** Every stylesheet parses without a single error (a missing brace silently drops the rules after it). */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertFalse(sheets.isEmpty());
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            assertEquals(List.of(), List.copyOf(CssParser.errorsProperty()), sheet + " has CSS errors");
        }
    }
}
