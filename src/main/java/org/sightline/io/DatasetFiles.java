package org.sightline.io;

import java.nio.file.Path;

/** Entry point for reading any dataset file Sightline understands. */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /** Reads and validates {@code file}; never throws for bad content, problems are in the result. */
    public static LoadResult read(Path file) {
        return new NativeDatasetReader().read(file);
    }
}
