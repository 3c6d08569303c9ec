package org.sightline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Small helpers for importer tests: find the one problem a test is about. */
final class ImportAssertions {

    private ImportAssertions() {
    }

    static LoadResult read(String fixture) {
        return DatasetFiles.read(Fixtures.path("import/" + fixture));
    }

    static LoadResult readLenient(String fixture) {
        return DatasetFiles.read(Fixtures.path("import/" + fixture), null, true);
    }

    /** The single problem whose formatted text contains every fragment. */
    static Problem problem(LoadResult r, String... fragments) {
        List<Problem> hits = r.problems().stream().filter(p -> {
            for (String f : fragments) {
                if (!p.format().contains(f)) {
                    return false;
                }
            }
            return true;
        }).toList();
        assertEquals(1, hits.size(), () -> "expected one problem with " + List.of(fragments) + " in\n"
                + String.join("\n", r.problems().stream().map(Problem::format).toList()));
        return hits.get(0);
    }

    /** Asserts the problem's line and column. */
    static void at(Problem p, int line, int column) {
        assertEquals(line + ":" + column, p.line() + ":" + p.column(), p::format);
    }
}
