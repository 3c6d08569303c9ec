package org.sightline.io;

import java.util.List;
import java.util.Optional;
import org.sightline.model.Dataset;

/**
 * The outcome of reading a file: a dataset when there were no errors, and every problem found.
 * {@code format} is the format the file was read as (null when it could not be told), and
 * {@code canImportValidRows} is true when a lenient read would import the rows without errors.
 */
public record LoadResult(Dataset dataset, List<Problem> problems, DatasetFormat format, boolean canImportValidRows) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public LoadResult(Dataset dataset, List<Problem> problems) {
        this(dataset, problems, null, false);
    }

    public static LoadResult failed(List<Problem> problems) {
        return new LoadResult(null, problems);
    }

    public Optional<Dataset> datasetIfValid() {
        return Optional.ofNullable(dataset);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The same result, tagged with the format it was read as. */
    public LoadResult withFormat(DatasetFormat value) {
        return new LoadResult(dataset, problems, value, canImportValidRows);
    }
}
