package org.sightline.io;

/** Carries a single fatal problem out of a parser; callers turn it back into a report entry. */
public final class ProblemException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.format(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
