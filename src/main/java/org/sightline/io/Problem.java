package org.sightline.io;

import java.util.Objects;

/**
 * One problem found in a file: where it is (file, line, column, JSON path or CSV field) and what was
 * expected. Line and column are 1-based; 0 means unknown.
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(message);
        path = path == null ? "" : path;
    }

    public static Problem error(String file, int line, int column, String path, String message) {
        return new Problem(Severity.ERROR, file, line, column, path, message);
    }

    public static Problem warning(String file, int line, int column, String path, String message) {
        return new Problem(Severity.WARNING, file, line, column, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: [warning: ]path: message}, the form compilers and editors understand. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
