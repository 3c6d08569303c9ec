package org.sightline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The curated dataset shipped inside the application (copied from {@code assets/data}). */
public final class BundledDataset {

    public static final String RESOURCE = "/org/sightline/data/space-force-indo-pacific.json";
    public static final String NAME = "space-force-indo-pacific.json";

    private BundledDataset() {
    }

    public static LoadResult load() {
        try (InputStream in = BundledDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset " + RESOURCE + " is missing from the build");
            }
            return new NativeDatasetReader().read(in, NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
