package org.sightline.controller;

import java.nio.file.Path;
import org.sightline.io.LoadResult;

/** Reads a dataset file of any supported format. A seam so that importers can plug in. */
@FunctionalInterface
public interface DatasetLoader {
    LoadResult load(Path file);

    /** Reads {@code file}; with {@code lenient}, rows with errors are skipped where the format allows it. */
    default LoadResult load(Path file, boolean lenient) {
        return load(file);
    }
}
