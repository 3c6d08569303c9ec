package org.sightline.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the target's folder,
 * which is synced and then moved over the target atomically. On any failure (while producing the content,
 * writing, or moving) the temporary file is deleted and an existing target stays as it was.
 */
public final class AtomicFileWriter {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFileWriter() {
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** Checks that {@code target} could be written: its folder exists and it is not itself a folder. */
    public static void checkWritable(Path target) throws IOException {
        Path folder = folderOf(target);
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "it is a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(folder.toString(), null, "the folder is not writable");
        }
    }

    public static void write(Path target, Content content) throws IOException {
        checkWritable(target);
        Path folder = folderOf(target);
        String name = target.getFileName().toString();
        // Created like any new file (not with createTempFile's owner-only permissions), so the result
        // gets the user's usual permissions; a replaced file keeps its own.
        Path temp = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A sentence for the user about why {@code target} could not be written, e.g.
     * "cannot write /x/out.png: the folder /x does not exist".
     */
    public static String describe(Path target, IOException e) {
        String base = "cannot write " + target + ": ";
        if (e instanceof NoSuchFileException n) {
            return base + "the folder " + (n.getFile() == null ? folderOf(target) : n.getFile()) + " does not exist";
        }
        if (e instanceof AccessDeniedException a) {
            return base + "permission denied" + (a.getFile() == null ? "" : " (" + a.getFile() + ")");
        }
        return base + FileErrors.reason(e);
    }

    private static Path folderOf(Path target) {
        Path parent = target.toAbsolutePath().normalize().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }
}
