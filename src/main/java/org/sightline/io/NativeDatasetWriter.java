package org.sightline.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sightline.model.Briefing;
import org.sightline.model.BriefingStep;
import org.sightline.model.Dataset;
import org.sightline.model.Era;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.Region;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;

/**
 * Writes a dataset as native Sightline JSON (the newest version), with a stable field order and
 * absent values left out, so the same dataset always gives the same bytes. Files are written
 * atomically.
 */
public final class NativeDatasetWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes {@code dataset} to {@code file}, atomically. */
    public void write(Dataset dataset, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> write(dataset, out));
    }

    /** The JSON text, for tests and previews. */
    public String toJson(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(Dataset d, OutputStream out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("format", NativeDatasetReader.FORMAT);
            g.writeNumberField("version", NativeDatasetReader.VERSION);
            g.writeStringField("title", d.title());
            optional(g, "description", d.description().isEmpty() ? null : d.description());
            optional(g, "dataAsOf", d.dataAsOf());
            g.writeArrayFieldStart("organisations");
            for (Organisation o : d.organisations().all()) {
                g.writeStartObject();
                g.writeStringField("id", o.id());
                g.writeStringField("name", o.name());
                optional(g, "abbreviation", o.abbreviation());
                optional(g, "parent", o.parentId());
                optional(g, "kind", o.kind());
                optional(g, "color", o.color());
                optional(g, "description", o.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("regions");
            for (Region r : d.regions().all()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("name", r.name());
                optional(g, "parent", r.parentId());
                optional(g, "kind", r.kind());
                if (r.lat() != null) {
                    g.writeNumberField("lat", r.lat());
                }
                if (r.lon() != null) {
                    g.writeNumberField("lon", r.lon());
                }
                optional(g, "description", r.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (TimelineEvent e : d.events()) {
                event(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("eras");
            for (Era era : d.eras()) {
                g.writeStartObject();
                optional(g, "id", era.id());
                g.writeStringField("title", era.title());
                g.writeStringField("start", era.start().toIso());
                g.writeStringField("end", era.end().toIso());
                optional(g, "color", era.color());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!d.briefings().isEmpty()) {
                g.writeArrayFieldStart("briefings");
                for (Briefing b : d.briefings()) {
                    briefing(g, b);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void briefing(JsonGenerator g, Briefing b) throws IOException {
        g.writeStartObject();
        optional(g, "id", b.id());
        g.writeStringField("title", b.title());
        g.writeArrayFieldStart("steps");
        for (BriefingStep step : b.steps()) {
            g.writeStartObject();
            optional(g, "event", step.eventId());
            optional(g, "from", step.from());
            optional(g, "to", step.to());
            if (!step.highlightOrganisations().isEmpty()) {
                strings(g, "highlightOrganisations", step.highlightOrganisations());
            }
            if (!step.highlightRegions().isEmpty()) {
                strings(g, "highlightRegions", step.highlightRegions());
            }
            g.writeStringField("caption", step.caption());
            optional(g, "notes", step.notes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, TimelineEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("title", e.title());
        g.writeStringField("start", e.start().toIso());
        optional(g, "end", e.end());
        optional(g, "displayDate", e.displayDate());
        g.writeStringField("summary", e.summary());
        strings(g, "organisations", e.organisationIds());
        strings(g, "regions", e.regionIds());
        g.writeStringField("status", e.status().id());
        optional(g, "confidence", e.confidence() == null ? null : e.confidence().id());
        if (!e.tags().isEmpty()) {
            strings(g, "tags", e.tags());
        }
        g.writeArrayFieldStart("sources");
        for (Source s : e.sources()) {
            g.writeStartObject();
            optional(g, "publisher", s.publisher());
            g.writeStringField("title", s.title());
            optional(g, "date", s.date());
            optional(g, "url", s.url());
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "notes", e.notes());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void optional(JsonGenerator g, String name, PartialDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toIso());
        }
    }
}
