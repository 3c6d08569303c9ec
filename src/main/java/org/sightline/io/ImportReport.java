package org.sightline.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.model.Dataset;

/**
 * The problems of one imported file. Errors inside an item (an event, an era, a row) make that item
 * invalid; errors outside items make the whole file unreadable. In lenient mode the invalid items are
 * skipped and each of their errors is reported as a warning that says what was skipped. Repeated
 * notes (an ignored key on every slide) are folded into one warning at their first place.
 */
final class ImportReport {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Integer> itemErrorIndexes = new ArrayList<>();
    private final Map<Integer, String> itemLabels = new LinkedHashMap<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private int itemStart = -1;
    private String itemLabel;
    private int skippedItems;

    private static final class Note {
        final Problem first;
        int count = 1;

        Note(Problem first) {
            this.first = first;
        }
    }

    ImportReport(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String path, String message) {
        problems.add(Problem.error(file, line, column, path, message));
        if (itemStart >= 0) {
            itemErrorIndexes.add(problems.size() - 1);
            itemLabels.put(problems.size() - 1, itemLabel);
        }
    }

    void warning(int line, int column, String path, String message) {
        problems.add(Problem.warning(file, line, column, path, message));
    }

    /** A warning reported once per {@code key}, with the count of further places it applies to. */
    void note(String key, int line, int column, String path, String message) {
        Note n = notes.get(key);
        if (n == null) {
            notes.put(key, new Note(Problem.warning(file, line, column, path, message)));
        } else {
            n.count++;
        }
    }

    /** Starts an item; its errors make it invalid. {@code label} names it in "skipped" messages. */
    void beginItem(String label) {
        itemStart = problems.size();
        itemLabel = label;
    }

    /** Ends the current item; true when it had no errors and may be imported. */
    boolean endItem() {
        boolean ok = true;
        for (int i = itemStart; i < problems.size(); i++) {
            if (problems.get(i).isError()) {
                ok = false;
                break;
            }
        }
        itemStart = -1;
        itemLabel = null;
        if (!ok) {
            skippedItems++;
        }
        return ok;
    }

    int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** True when an error lies outside every item, so no lenient import is possible. */
    boolean hasFileErrors() {
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).isError() && !itemLabels.containsKey(i)) {
                return true;
            }
        }
        return false;
    }

    int skippedItems() {
        return skippedItems;
    }

    /**
     * The outcome: the dataset when there are no errors; in lenient mode also when only items had
     * errors (those errors then read "skipped …" and become warnings).
     */
    LoadResult result(Dataset dataset, DatasetFormat format, boolean lenient) {
        List<Problem> out = new ArrayList<>(problems.size() + notes.size());
        boolean fileErrors = hasFileErrors();
        boolean itemErrors = !itemErrorIndexes.isEmpty();
        boolean downgrade = lenient && format.allowsLenient() && !fileErrors && dataset != null;
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            String label = itemLabels.get(i);
            if (downgrade && label != null) {
                out.add(Problem.warning(p.file(), p.line(), p.column(), p.path(), "skipped " + label + ": "
                        + p.message()));
            } else {
                out.add(p);
            }
        }
        for (Note n : notes.values()) {
            Problem p = n.first;
            out.add(n.count == 1 ? p : Problem.warning(p.file(), p.line(), p.column(), p.path(), p.message()
                    + " (and " + (n.count - 1) + " more like it)"));
        }
        out.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (fileErrors || dataset == null) {
            return new LoadResult(null, out, format, false);
        }
        if (itemErrors && !downgrade) {
            return new LoadResult(null, out, format, format.allowsLenient());
        }
        return new LoadResult(dataset, out, format, false);
    }
}
