package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOpenedAsADatasetIsNamedAsAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("data.json"));
        LoadResult result = DatasetFiles.read(folder);
        assertEquals("could not be read: it is a folder", result.problems().get(0).message());
    }

    @Test
    void aMissingFileIsNamedAsMissing() {
        assertEquals("no such file", FileErrors.reason(new java.nio.file.NoSuchFileException("/x/data.json")));
        assertEquals("permission denied", FileErrors.reason(new java.nio.file.AccessDeniedException("/x/data.json")));
    }

    @Test
    void aReadersOwnReasonIsKept() {
        assertEquals("not a PNG file", FileErrors.reason(new IOException("not a PNG file")));
    }
}
