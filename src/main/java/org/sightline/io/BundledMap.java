package org.sightline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.sightline.model.LandShapes;

/**
 * The land outlines shipped for the offline region map (copied from {@code assets/map}). The format is
 * {@code {"source": "...", "bbox": [w, s, e, n], "rings": [[lon, lat, ...], ...]}}.
 */
public final class BundledMap {

    public static final String RESOURCE = "/org/sightline/map/indo-pacific-land.json";
    private static final int MAX_POINTS = 200_000;

    private BundledMap() {
    }

    /**
     * The bundled outlines, read once and shared (the window's map and the start-up warm-up's both ask; the
     * outlines are only read from); a missing or damaged resource gives an empty map rather than an error.
     */
    public static LandShapes load() {
        return Loaded.SHAPES;
    }

    /** Read on the first {@link #load()}. */
    private static final class Loaded {
        static final LandShapes SHAPES = readResource();
    }

    private static LandShapes readResource() {
        try (InputStream in = BundledMap.class.getResourceAsStream(RESOURCE)) {
            return in == null ? LandShapes.EMPTY : read(in);
        } catch (IOException | IllegalArgumentException e) {
            return LandShapes.EMPTY;
        }
    }

    /** Reads outlines in the format above; throws IllegalArgumentException naming what was wrong. */
    public static LandShapes read(InputStream in) throws IOException {
        String source = "";
        double[] bbox = null;
        List<double[]> rings = new ArrayList<>();
        int points = 0;
        try (JsonParser p = new JsonFactory().createParser(in)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "an object at the top");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "source" -> source = p.getValueAsString("");
                    case "bbox" -> {
                        bbox = numbers(p, value, 4);
                        expect(bbox.length == 4, "bbox with 4 numbers");
                    }
                    case "rings" -> {
                        expect(value == JsonToken.START_ARRAY, "rings as an array");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            double[] ring = numbers(p, p.currentToken(), MAX_POINTS * 2);
                            expect(ring.length % 2 == 0 && ring.length >= 6, "rings of at least 3 lon/lat pairs");
                            points += ring.length / 2;
                            expect(points <= MAX_POINTS, "at most " + MAX_POINTS + " points");
                            rings.add(ring);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        expect(bbox != null, "a bbox");
        return new LandShapes(source, bbox[0], bbox[1], bbox[2], bbox[3], rings);
    }

    private static double[] numbers(JsonParser p, JsonToken start, int max) throws IOException {
        expect(start == JsonToken.START_ARRAY, "an array of numbers");
        double[] out = new double[16];
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            expect(t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT, "numbers only");
            expect(n < max, "at most " + max + " numbers in an array");
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = p.getDoubleValue();
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static void expect(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("map outlines: expected " + what);
        }
    }
}
