package org.sightline.io;

import java.util.ArrayList;
import java.util.List;

/** Gathers the problems of one file, each located by a node of the parsed tree. */
public final class ProblemCollector {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public ProblemCollector(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(JsonNodeAt at, String path, String message) {
        problems.add(Problem.error(file, at.line(), at.column(), path, message));
    }

    public void warning(JsonNodeAt at, String path, String message) {
        problems.add(Problem.warning(file, at.line(), at.column(), path, message));
    }

    public void error(int line, int column, String path, String message) {
        problems.add(Problem.error(file, line, column, path, message));
    }

    public void warning(int line, int column, String path, String message) {
        problems.add(Problem.warning(file, line, column, path, message));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
