package org.sightline.io;

import java.util.List;
import java.util.Optional;
import org.sightline.model.Dataset;

/** The outcome of reading a file: a dataset when there were no errors, and every problem found. */
public record LoadResult(Dataset dataset, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
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
}
