package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.png");
        AtomicFileWriter.write(target, out -> out.write("image".getBytes()));
        assertEquals("image", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureHalfwayLeavesNoFileBehind() throws IOException {
        Path target = dir.resolve("out.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new FileSystemException(target.toString(), null, "No space left on device");
        }));
        assertEquals(List.of(), files());
        assertEquals("cannot write " + target + ": the disk is full", AtomicFileWriter.describe(target, e));
    }

    @Test
    void aFailureKeepsTheExistingFileAsItWas() throws IOException {
        Path target = dir.resolve("out.png");
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("new, partial".getBytes());
            throw new IllegalStateException("rendering failed");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aMissingFolderIsACleanError() {
        Path target = dir.resolve("no-such-folder").resolve("out.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> { }));
        assertEquals("cannot write " + target + ": the folder " + dir.resolve("no-such-folder") + " does not exist",
                AtomicFileWriter.describe(target, e));
        assertFalse(Files.exists(dir.resolve("no-such-folder")));
    }

    @Test
    void aFolderIsNotOverwritten() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out.png"));
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> { }));
        assertEquals("cannot write " + target + ": it is a folder", AtomicFileWriter.describe(target, e));
        assertEquals(List.of(target), files());
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
        Path target = dir.resolve("out.png");
        AtomicFileWriter.write(target, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }
}
