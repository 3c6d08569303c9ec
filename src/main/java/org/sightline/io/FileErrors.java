package org.sightline.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in words: Java's file exceptions carry the path as their message ("could not be
 * read: /data/x.json" says nothing), and the operating system's reason apart.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /**
     * "no such file", "permission denied", "it is a folder", "the disk is full", or the reason the system or
     * reader gave.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        // Reading a folder fails with the system's "Is a directory", as a plain IOException or a FileSystemException.
        if (lower.contains("is a directory")) {
            return "it is a folder";
        }
        if (lower.contains("no space left")) {
            return "the disk is full";
        }
        return e instanceof FileSystemException ? reason.toLowerCase(Locale.ROOT) : reason;
    }
}
