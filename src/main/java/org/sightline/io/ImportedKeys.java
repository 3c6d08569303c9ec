package org.sightline.io;

import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.io.JsonNodeAt.Member;
import org.sightline.io.JsonNodeAt.NullAt;
import org.sightline.io.JsonNodeAt.ObjectAt;

/** Small helpers shared by the JSON importers: member access and notes about keys that are not used. */
final class ImportedKeys {

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private ImportedKeys() {
    }

    /** The value of a member, or null when absent or JSON null. */
    static JsonNodeAt get(ObjectAt o, String name) {
        Member m = o.members().get(name);
        return m == null || m.value() instanceof NullAt ? null : m.value();
    }

    /**
     * Notes (once per kind of key, not per object) every key that is not in {@code known}: those in
     * {@code unused} belong to the format but mean nothing to Sightline; the others are not part of it.
     */
    static void note(ImportReport report, ObjectAt o, String path, Set<String> known, Set<String> unused,
                     String formatName) {
        String generic = null;
        for (Member m : o.members().values()) {
            if (known.contains(m.name())) {
                continue;
            }
            if (generic == null) {
                generic = INDEX.matcher(path).replaceAll("[]");
            }
            String at = path.isEmpty() ? m.name() : path + "." + m.name();
            boolean isUnused = unused.contains(m.name());
            report.note((isUnused ? "unused:" : "unknown:") + generic + "." + m.name(), m.line(), m.column(), at,
                    isUnused ? "not used by Sightline: ignored" : "not a " + formatName + " key: ignored");
        }
    }
}
