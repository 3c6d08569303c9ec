package org.sightline.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.io.CsvTable.Cell;
import org.sightline.io.CsvTable.Row;
import org.sightline.io.JsonNodeAt.ArrayAt;
import org.sightline.io.JsonNodeAt.Member;
import org.sightline.io.JsonNodeAt.NumberAt;
import org.sightline.io.JsonNodeAt.ObjectAt;
import org.sightline.io.JsonNodeAt.StringAt;

/**
 * Reads a native Sightline CSV file ({@link NativeCsvLayout}). The rows are turned into the same tree
 * the JSON reader validates, with every value located at its cell, so both native formats follow one
 * set of rules; paths then name the section and column ({@code events.start}, {@code events.source1.url}).
 */
final class NativeCsvReader {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern ITEM_PATH = Pattern.compile("^(organisations|regions|events|eras)\\[\\d+](.*)$");
    private static final Pattern SOURCE_PATH = Pattern.compile("\\.sources\\[(\\d+)]");
    private static final Pattern LIST_PATH = Pattern.compile("\\.(organisations|regions|tags)\\[\\d+]");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private NativeCsvReader(String file) {
        this.file = file;
    }

    /** True when the first row is {@code format,sightline-dataset} (for detection). */
    static boolean looksNative(Row first) {
        return first.cells().size() >= 2 && first.cell(0).text().strip().equals("format")
                && first.cell(1).text().strip().equals(NativeDatasetReader.FORMAT);
    }

    static LoadResult read(CsvTable table, String file, NativeDatasetReader validator) {
        NativeCsvReader reader = new NativeCsvReader(file);
        ObjectAt root = reader.tree(table);
        if (root == null) {
            return new LoadResult(null, reader.problems, DatasetFormat.NATIVE_CSV, false);
        }
        LoadResult r = validator.read(root, file);
        List<Problem> all = new ArrayList<>(reader.problems);
        for (Problem p : r.problems()) {
            all.add(new Problem(p.severity(), p.file(), p.line(), p.column(), csvPath(p.path()), p.message()));
        }
        boolean errors = all.stream().anyMatch(Problem::isError);
        return new LoadResult(errors ? null : r.dataset(), all, DatasetFormat.NATIVE_CSV, false);
    }

    /** "events[3].sources[0].url" → "events.source1.url"; the line and column already say which row. */
    static String csvPath(String path) {
        Matcher m = ITEM_PATH.matcher(path);
        if (!m.matches()) {
            return path;
        }
        String rest = m.group(2);
        Matcher s = SOURCE_PATH.matcher(rest);
        StringBuilder sb = new StringBuilder();
        while (s.find()) {
            s.appendReplacement(sb, ".source" + (Integer.parseInt(s.group(1)) + 1));
        }
        s.appendTail(sb);
        rest = LIST_PATH.matcher(sb.toString()).replaceAll(".$1");
        return m.group(1) + rest;
    }

    private ObjectAt tree(CsvTable table) {
        List<Row> rows = table.rows();
        if (rows.isEmpty()) {
            problems.add(Problem.error(file, 1, 1, "", "the file is empty: expected format,sightline-dataset"));
            return null;
        }
        Map<String, Member> top = new LinkedHashMap<>();
        Map<String, List<JsonNodeAt>> sections = new LinkedHashMap<>();
        Map<String, Row> sectionRows = new HashMap<>();
        String section = null;
        List<String> header = null;
        Row headerRow = null;
        for (Row row : rows) {
            String first = row.cell(0).text().strip();
            if (first.startsWith("[") && first.endsWith("]") && rest(row)) {
                section = first.substring(1, first.length() - 1);
                if (!NativeCsvLayout.SECTIONS.contains(section)) {
                    problems.add(Problem.error(file, row.line(), 1, "", "\"" + first + "\" is not a section: expected "
                            + "[organisations], [regions], [events] or [eras]"));
                    section = null;
                } else if (sections.containsKey(section)) {
                    problems.add(Problem.error(file, row.line(), 1, "", "the section " + first + " appears twice"));
                    section = null;
                } else {
                    sections.put(section, new ArrayList<>());
                    sectionRows.put(section, row);
                }
                header = null;
                continue;
            }
            if (section == null) {
                if (!sections.isEmpty()) {
                    continue;
                }
                topRow(row, top);
            } else if (header == null) {
                header = header(row, section);
                headerRow = row;
            } else {
                sections.get(section).add(item(row, header, section));
            }
        }
        Row firstRow = rows.get(0);
        for (String name : NativeCsvLayout.SECTIONS) {
            List<JsonNodeAt> items = sections.get(name);
            if (items == null && name.equals("eras")) {
                continue;
            }
            if (items == null) {
                problems.add(Problem.error(file, rows.get(rows.size() - 1).line(), 1, "", "missing the section ["
                        + name + "]: add a row with only [" + name + "] followed by its header row"));
                continue;
            }
            Row at = sectionRows.get(name);
            top.put(name, new Member(name, new ArrayAt(items, at.line(), 1), at.line(), 1));
        }
        if (headerRow == null && !sections.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(file, firstRow.line(), 1, "", "a section has no header row"));
        }
        return problems.stream().anyMatch(Problem::isError) ? null : new ObjectAt(top, firstRow.line(), 1);
    }

    private static boolean rest(Row row) {
        for (int i = 1; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void topRow(Row row, Map<String, Member> top) {
        Cell key = row.cell(0);
        Cell value = row.cell(1);
        String name = key.text().strip();
        if (!NativeCsvLayout.TOP_KEYS.contains(name)) {
            problems.add(Problem.warning(file, key.line(), key.column(), name, "not a dataset field: ignored "
                    + "(expected " + String.join(", ", NativeCsvLayout.TOP_KEYS) + ")"));
            return;
        }
        if (top.containsKey(name)) {
            problems.add(Problem.error(file, key.line(), key.column(), name, "\"" + name + "\" is given twice"));
            return;
        }
        if (value.isBlank()) {
            return;
        }
        JsonNodeAt node = name.equals("version") && value.text().strip().matches("\\d{1,9}")
                ? new NumberAt(value.text().strip(), true, value.line(), value.column())
                : new StringAt(value.text(), value.line(), value.column());
        top.put(name, new Member(name, node, key.line(), key.column()));
    }

    private List<String> header(Row row, String section) {
        List<String> known = NativeCsvLayout.columnsOf(section);
        List<String> names = new ArrayList<>();
        for (Cell c : row.cells()) {
            String name = c.text().strip();
            boolean source = section.equals("events") && name.matches("source[1-9]\\d*\\.(publisher|title|date|url)");
            if (!known.contains(name) && !source && !name.isEmpty()) {
                problems.add(Problem.warning(file, c.line(), c.column(), section + "." + name, "not a column of ["
                        + section + "]: ignored (expected " + String.join(", ", known)
                        + (section.equals("events") ? ", source1.title …" : "") + ")"));
                name = "";
            } else if (names.contains(name) && !name.isEmpty()) {
                problems.add(Problem.error(file, c.line(), c.column(), section + "." + name, "the column \"" + name
                        + "\" appears twice"));
                name = "";
            }
            names.add(name);
        }
        return names;
    }

    private JsonNodeAt item(Row row, List<String> header, String section) {
        Map<String, Member> members = new LinkedHashMap<>();
        Map<Integer, Map<String, Member>> sources = new java.util.TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            Cell c = row.cell(i);
            int column = c.column() == 0 ? 1 : c.column();
            if (name.startsWith("source")) {
                int dot = name.indexOf('.');
                int n = Integer.parseInt(name.substring("source".length(), dot));
                Map<String, Member> source = sources.computeIfAbsent(n, k -> new LinkedHashMap<>());
                if (!c.isBlank()) {
                    String field = name.substring(dot + 1);
                    source.put(field, new Member(field, new StringAt(c.text(), c.line(), column), c.line(), column));
                }
                continue;
            }
            if (section.equals("events") && NativeCsvLayout.LIST_COLUMNS.contains(name)) {
                if (c.isBlank() && name.equals("tags")) {
                    continue;
                }
                List<JsonNodeAt> items = new ArrayList<>();
                for (String part : c.text().split(NativeCsvLayout.LIST_SEPARATOR, -1)) {
                    if (!part.isBlank()) {
                        items.add(new StringAt(part.strip(), c.line(), column));
                    }
                }
                members.put(name, new Member(name, new ArrayAt(items, c.line(), column), c.line(), column));
                continue;
            }
            if (c.isBlank() && !(section.equals("events") && name.equals("summary"))) {
                continue; // a blank cell is an absent value, except the summary, which may be empty
            }
            String text = c.text();
            JsonNodeAt value = section.equals("regions") && (name.equals("lat") || name.equals("lon"))
                    && NUMBER.matcher(text.strip()).matches()
                    ? new NumberAt(text.strip(), !text.contains("."), c.line(), column)
                    : new StringAt(text, c.line(), column);
            members.put(name, new Member(name, value, c.line(), column));
        }
        if (section.equals("events")) {
            List<JsonNodeAt> list = new ArrayList<>();
            for (Map<String, Member> s : sources.values()) {
                if (!s.isEmpty()) {
                    Member first = s.values().iterator().next();
                    list.add(new ObjectAt(s, first.line(), first.column()));
                }
            }
            members.put("sources", new Member("sources", new ArrayAt(list, row.line(), 1), row.line(), 1));
            for (String required : List.of("organisations", "regions")) {
                members.putIfAbsent(required, new Member(required, new ArrayAt(List.of(), row.line(), 1), row.line(), 1));
            }
        }
        return new ObjectAt(members, row.line(), 1);
    }
}
