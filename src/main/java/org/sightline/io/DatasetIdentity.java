package org.sightline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.model.Dataset;
import org.sightline.model.ViewSpec;

/** Names a loaded dataset for an exported view: its file name, title and the SHA-256 of its bytes. */
public final class DatasetIdentity {

    private DatasetIdentity() {
    }

    /**
     * @param source where the dataset came from: a file path, or {@link BundledDataset#NAME} for the bundled one
     * @return the reference; its checksum is null when the file can no longer be read
     */
    public static ViewSpec.DatasetRef of(String source, Dataset dataset) {
        if (isBundled(source)) {
            return new ViewSpec.DatasetRef(BundledDataset.NAME, dataset.title(), Checksums.bundledSha256());
        }
        Path file = Path.of(source);
        String name = file.getFileName() == null ? source : file.getFileName().toString();
        String sha;
        try {
            sha = Checksums.sha256(file);
        } catch (IOException e) {
            sha = null;
        }
        return new ViewSpec.DatasetRef(name, dataset.title(), sha);
    }

    /** True for the bundled dataset's source name (as the application records it). */
    public static boolean isBundled(String source) {
        return BundledDataset.NAME.equals(source) && !Files.isRegularFile(Path.of(source));
    }
}
