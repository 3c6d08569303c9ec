package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClasspathNoticeTest {

    @Test
    void javafxsClasspathNoticeIsDroppedAndItsOtherWarningsStillGetThrough() {
        Logger javafx = Logger.getLogger("javafx");
        List<String> published = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                published.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(capture);
        try {
            ClasspathNotice.quieten();
            ClasspathNotice.quieten(); // twice: still one filter
            javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            javafx.warning("Loading FXML document with JavaFX API of version 21 by JavaFX runtime of version 17");
            javafx.log(Level.SEVERE, "Exception in Application start method");
            assertEquals(List.of("Loading FXML document with JavaFX API of version 21 by JavaFX runtime of version 17",
                    "Exception in Application start method"), published);
        } finally {
            javafx.removeHandler(capture);
        }
    }
}
