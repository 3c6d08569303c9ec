package org.sightline.app;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * JavaFX logs "Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'" on every start
 * when it is loaded from the classpath, which is how Sightline ships (one jar, {@code java -jar}). The app is
 * built and tested that way, so the notice says nothing to its users and only clutters every command's output
 * ahead of its own messages. This drops that one record from JavaFX's logger; every other JavaFX message
 * still gets through.
 */
final class ClasspathNotice {

    private static final String PREFIX = "Unsupported JavaFX configuration";
    /** Held, so that the logger (and so its filter) is not collected before JavaFX starts. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClasspathNotice() {
    }

    /** Installs the filter on JavaFX's logger (idempotent), keeping any filter already there for other records. */
    static void quieten() {
        Filter previous = JAVAFX.getFilter();
        if (previous instanceof Quiet) {
            return;
        }
        JAVAFX.setFilter(new Quiet(previous));
    }

    /** True for the classpath notice (and nothing else). */
    static boolean isNotice(LogRecord record) {
        String message = record.getMessage();
        return message != null && message.startsWith(PREFIX);
    }

    private record Quiet(Filter previous) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            return !isNotice(record) && (previous == null || previous.isLoggable(record));
        }
    }
}
