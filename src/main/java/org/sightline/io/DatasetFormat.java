package org.sightline.io;

import java.util.Locale;
import java.util.Optional;

/** Every file format Sightline reads. The native formats are also the ones it writes. */
public enum DatasetFormat {
    NATIVE_JSON("native-json", "Sightline dataset (JSON)", false),
    NATIVE_CSV("native-csv", "Sightline dataset (CSV)", false),
    TIMELINEJS_JSON("timelinejs-json", "TimelineJS JSON", true),
    TIMELINEJS_CSV("timelinejs-csv", "TimelineJS spreadsheet (CSV)", true),
    VIS_JSON("vis-json", "vis-timeline JSON", true);

    private final String id;
    private final String label;
    private final boolean lenientAllowed;

    DatasetFormat(String id, String label, boolean lenientAllowed) {
        this.id = id;
        this.label = label;
        this.lenientAllowed = lenientAllowed;
    }

    /** The identifier used on the command line ({@code --format}, {@code --to}). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * True when a file with errors in some rows may still be imported without them ("import the valid
     * rows"). Native files are all or nothing: they are meant to be exact.
     */
    public boolean allowsLenient() {
        return lenientAllowed;
    }

    public boolean isNative() {
        return this == NATIVE_JSON || this == NATIVE_CSV;
    }

    public static Optional<DatasetFormat> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (DatasetFormat f : values()) {
            if (f.id.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "native-json, native-csv, …" for messages and help. */
    public static String allIds() {
        StringBuilder sb = new StringBuilder();
        for (DatasetFormat f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.id);
        }
        return sb.toString();
    }
}
