package org.sightline.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sightline.model.Dataset;
import org.sightline.model.Era;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.Region;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;

/**
 * Writes a dataset as one native CSV file (layout in {@link NativeCsvLayout}), atomically, with a
 * UTF-8 byte-order mark so spreadsheet programs read the accents right.
 */
public final class NativeCsvWriter {

    /** Writes {@code dataset} to {@code file}, atomically. */
    public void write(Dataset dataset, Path file) throws IOException {
        String text = toCsv(dataset);
        AtomicFileWriter.write(file, out -> write(text, out));
    }

    private static void write(String text, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text);
        w.flush();
    }

    /** The CSV text (without the byte-order mark). */
    public String toCsv(Dataset d) throws IOException {
        StringBuilder sb = new StringBuilder();
        row(sb, "format", NativeDatasetReader.FORMAT);
        row(sb, "version", Integer.toString(NativeDatasetReader.VERSION));
        row(sb, "title", d.title());
        if (!d.description().isEmpty()) {
            row(sb, "description", d.description());
        }
        if (d.dataAsOf() != null) {
            row(sb, "dataAsOf", d.dataAsOf().toIso());
        }
        section(sb, "organisations", NativeCsvLayout.ORGANISATION);
        for (Organisation o : d.organisations().all()) {
            row(sb, o.id(), o.name(), o.abbreviation(), o.parentId(), o.kind(), o.color(), o.description());
        }
        section(sb, "regions", NativeCsvLayout.REGION);
        for (Region r : d.regions().all()) {
            row(sb, r.id(), r.name(), r.parentId(), r.kind(), number(r.lat()), number(r.lon()), r.description());
        }
        int sources = d.events().stream().mapToInt(e -> e.sources().size()).max().orElse(0);
        List<String> eventColumns = new ArrayList<>(NativeCsvLayout.EVENT);
        for (int i = 1; i <= sources; i++) {
            for (String field : NativeCsvLayout.SOURCE) {
                eventColumns.add("source" + i + "." + field);
            }
        }
        section(sb, "events", eventColumns);
        for (TimelineEvent e : d.events()) {
            List<String> cells = new ArrayList<>(eventColumns.size());
            cells.add(e.id());
            cells.add(e.title());
            cells.add(e.start().toIso());
            cells.add(iso(e.end()));
            cells.add(e.displayDate());
            cells.add(e.summary());
            cells.add(list(e.organisationIds(), e, "organisation"));
            cells.add(list(e.regionIds(), e, "region"));
            cells.add(e.status().id());
            cells.add(e.confidence() == null ? null : e.confidence().id());
            cells.add(list(e.tags(), e, "tag"));
            cells.add(e.notes());
            for (Source s : e.sources()) {
                cells.add(s.publisher());
                cells.add(s.title());
                cells.add(iso(s.date()));
                cells.add(s.url());
            }
            row(sb, cells.toArray(new String[0]));
        }
        section(sb, "eras", NativeCsvLayout.ERA);
        for (Era era : d.eras()) {
            row(sb, era.id(), era.title(), era.start().toIso(), era.end().toIso(), era.color());
        }
        return sb.toString();
    }

    /** A byte-for-byte view, for tests. */
    byte[] toBytes(Dataset d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(toCsv(d), out);
        return out.toByteArray();
    }

    private static void section(StringBuilder sb, String name, List<String> columns) {
        sb.append('\n');
        row(sb, NativeCsvLayout.sectionMarker(name));
        row(sb, columns.toArray(new String[0]));
    }

    private static String list(List<String> values, TimelineEvent e, String what) throws IOException {
        for (String v : values) {
            if (v.contains(NativeCsvLayout.LIST_SEPARATOR)) {
                throw new IOException("the " + what + " \"" + v + "\" of event \"" + e.id() + "\" contains \";\", "
                        + "which native CSV uses between list items: save as native JSON instead");
            }
        }
        return String.join(NativeCsvLayout.LIST_SEPARATOR, values);
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.toIso();
    }

    private static String number(Double value) {
        if (value == null) {
            return null;
        }
        double v = value;
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells[i]));
        }
        sb.append('\n');
    }

    /** RFC 4180 quoting: quoted when the value has a comma, quote, line break or edge space. */
    static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
