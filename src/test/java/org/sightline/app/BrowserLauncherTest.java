package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening a clicked link: what runs, and when the user hears that no browser took it. */
class BrowserLauncherTest {

    private final List<String> failed = new ArrayList<>();
    private final List<String> fallback = new ArrayList<>();

    private BrowserLauncher launcher(List<String> command) {
        return new BrowserLauncher(command, fallback::add, Runnable::run, failed::add);
    }

    @Test
    void aLauncherThatSucceedsReportsNothing() {
        launcher(List.of("true")).open("https://example.org/a");
        assertEquals(List.of(), failed);
        assertEquals(List.of(), fallback);
    }

    @Test
    void aLauncherThatFailsOrIsMissingReportsTheLink() {
        launcher(List.of("false")).open("https://example.org/a");
        launcher(List.of("/no/such/launcher-for-sightline")).open("http://example.org/b");
        assertEquals(List.of("https://example.org/a", "http://example.org/b"), failed);
    }

    @Test
    void onlyWebLinksAreOpenedAndNothingElseRuns() {
        launcher(List.of("false")).open("file:///etc/passwd");
        launcher(List.of("false")).open("javascript:alert(1)");
        launcher(null).open("mailto:someone@example.org");
        assertEquals(List.of(), failed, "nothing was run for them");
        assertEquals(List.of(), fallback);
    }

    @Test
    void windowsAndMacUseThePlatformsOwnWayAndOtherSystemsXdgOpen() {
        assertNull(BrowserLauncher.commandFor("Windows 11"));
        assertNull(BrowserLauncher.commandFor("Mac OS X"));
        assertEquals(List.of("xdg-open"), BrowserLauncher.commandFor("Linux"));
        assertEquals(List.of("xdg-open"), BrowserLauncher.commandFor("FreeBSD"));
        launcher(null).open("https://example.org/c");
        assertEquals(List.of("https://example.org/c"), fallback);
    }
}
