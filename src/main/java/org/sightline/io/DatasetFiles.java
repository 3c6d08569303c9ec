package org.sightline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sightline.io.JsonNodeAt.ObjectAt;
import org.sightline.model.Dataset;

/**
 * Entry point for reading any dataset file Sightline understands, and for saving native files. The
 * format is told from the content (see docs/import.md, "Detection"); the extension only decides how
 * content that is neither clearly JSON nor CSV is reported.
 */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /** Reads and validates {@code file} in whatever format it is; never throws for bad content. */
    public static LoadResult read(Path file) {
        return read(file, null, false);
    }

    /**
     * Reads {@code file} as {@code format} (null: detect it). With {@code lenient}, a TimelineJS or
     * vis-timeline file with errors in some rows is imported without those rows, and each skipped row
     * is reported as a warning.
     */
    public static LoadResult read(Path file, DatasetFormat format, boolean lenient) {
        return read(file, format, lenient, ReadLimits.DEFAULT);
    }

    static LoadResult read(Path file, DatasetFormat format, boolean lenient, ReadLimits limits) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return LoadResult.failed(List.of(Problem.error(name, 0, 0, "", limits.tooLarge(size))));
            }
            return read(Files.readAllBytes(file), name, baseName(file), format, lenient, limits);
        } catch (NoSuchFileException e) {
            return LoadResult.failed(List.of(Problem.error(name, 0, 0, "", "no such file")));
        } catch (IOException e) {
            return LoadResult.failed(List.of(Problem.error(name, 0, 0, "", "could not be read: " + FileErrors.reason(e))));
        }
    }

    /**
     * Reads bytes. {@code name} names the file in problems; {@code defaultTitle} is the title of an
     * imported timeline that has none.
     */
    public static LoadResult read(byte[] bytes, String name, String defaultTitle, DatasetFormat format, boolean lenient) {
        return read(bytes, name, defaultTitle, format, lenient, ReadLimits.DEFAULT);
    }

    static LoadResult read(byte[] bytes, String name, String defaultTitle, DatasetFormat format, boolean lenient,
                           ReadLimits limits) {
        try {
            if (bytes.length > limits.maxBytes()) {
                throw new ProblemException(Problem.error(name, 0, 0, "", limits.tooLarge(bytes.length)));
            }
            String text = TextDecoding.utf8(bytes, name);
            if (text.isBlank()) {
                throw new ProblemException(Problem.error(name, 1, 1, "", "the file is empty: expected a dataset "
                        + "(Sightline JSON or CSV, TimelineJS JSON or CSV, or vis-timeline JSON)"));
            }
            boolean json = format == null ? looksLikeJson(text, name) : format == DatasetFormat.NATIVE_JSON
                    || format == DatasetFormat.TIMELINEJS_JSON || format == DatasetFormat.VIS_JSON;
            if (json) {
                JsonNodeAt root = new LocatedJsonParser(limits).parse(bytes, name);
                DatasetFormat f = format != null ? format : detectJson(root, name);
                return switch (f) {
                    case TIMELINEJS_JSON -> TimelineJsJsonImporter.read(root, name, defaultTitle, lenient);
                    case VIS_JSON -> VisTimelineImporter.read(root, name, defaultTitle, lenient);
                    default -> new NativeDatasetReader(limits).read(root, name);
                };
            }
            CsvTable table = CsvTable.parse(text, name, limits);
            DatasetFormat f = format != null ? format : detectCsv(table, name);
            return switch (f) {
                case NATIVE_CSV -> NativeCsvReader.read(table, name, new NativeDatasetReader(limits));
                default -> TimelineJsCsvImporter.read(table, name, defaultTitle, lenient);
            };
        } catch (ProblemException e) {
            return new LoadResult(null, List.of(e.problem()), format, false);
        }
    }

    /** Content that starts with { or [ is JSON; so is anything in a .json file that is not clearly CSV. */
    private static boolean looksLikeJson(String text, String name) {
        String t = text.stripLeading();
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        if (c == '{' || c == '[') {
            return true;
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && t.lines().findFirst().orElse("").indexOf(',') < 0;
    }

    private static DatasetFormat detectJson(JsonNodeAt root, String name) throws ProblemException {
        if (root instanceof JsonNodeAt.ArrayAt) {
            return DatasetFormat.VIS_JSON;
        }
        if (root instanceof ObjectAt o) {
            if (o.members().containsKey("format")) {
                return DatasetFormat.NATIVE_JSON;
            }
            if (o.members().containsKey("items") || o.members().containsKey("groups")) {
                return DatasetFormat.VIS_JSON;
            }
            if (o.members().containsKey("events")) {
                return DatasetFormat.TIMELINEJS_JSON;
            }
        }
        throw new ProblemException(Problem.error(name, root.line(), root.column(), "", "not a dataset Sightline "
                + "knows: expected a Sightline dataset (\"format\": \"sightline-dataset\"), a TimelineJS timeline "
                + "({\"events\": [...]}) or vis-timeline data ({\"items\": [...]} or an array of items)"));
    }

    private static DatasetFormat detectCsv(CsvTable table, String name) throws ProblemException {
        CsvTable.Row first = table.rows().get(0);
        if (NativeCsvReader.looksNative(first)) {
            return DatasetFormat.NATIVE_CSV;
        }
        if (TimelineJsCsvImporter.looksLikeTemplate(first)) {
            return DatasetFormat.TIMELINEJS_CSV;
        }
        throw new ProblemException(Problem.error(name, first.line(), 1, "", "not a dataset Sightline knows: a CSV "
                + "file must be a Sightline CSV (first row: format,sightline-dataset) or a TimelineJS sheet (header "
                + "row with Year, Month, Day, …, Headline, Text, …)"));
    }

    /** Writes a native file: JSON or CSV. */
    public static void write(Dataset dataset, Path file, DatasetFormat format) throws IOException {
        switch (format) {
            case NATIVE_JSON -> new NativeDatasetWriter().write(dataset, file);
            case NATIVE_CSV -> new NativeCsvWriter().write(dataset, file);
            default -> throw new IllegalArgumentException(format.id() + " is not a format Sightline writes");
        }
    }

    /** The native format a file name asks for: CSV for {@code .csv}, JSON otherwise. */
    public static DatasetFormat nativeFormatFor(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") ? DatasetFormat.NATIVE_CSV : DatasetFormat.NATIVE_JSON;
    }

    /** "my-timeline" for {@code /x/my-timeline.json}: the title of an imported timeline without one. */
    static String baseName(Path file) {
        String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
