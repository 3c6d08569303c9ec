package org.sightline.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.sightline.io.Links;

/**
 * Opens a web link the user clicked in the system's browser, and says when none opened. On Linux and the other
 * Unix desktops it runs {@code xdg-open}, whose exit status tells whether a browser took the link (JavaFX's
 * {@code HostServices} gives no answer there, and only prints to the console when nothing can open it); on
 * Windows and macOS, where a browser is always registered, {@code fallback} opens it (HostServices).
 * Only http and https links are opened; nothing else is ever run.
 */
final class BrowserLauncher {

    private final List<String> command;
    private final Consumer<String> fallback;
    private final Executor waiter;
    private final Consumer<String> failed;

    /**
     * @param command  the program that opens a link on Unix desktops (the link is appended), or null to always
     *                 use {@code fallback}
     * @param fallback opens the link where {@code command} is null
     * @param waiter   runs the wait for the program's exit status (off the FX thread)
     * @param failed   told the link when no browser took it (on the waiter's thread)
     */
    BrowserLauncher(List<String> command, Consumer<String> fallback, Executor waiter, Consumer<String> failed) {
        this.command = command == null ? null : List.copyOf(command);
        this.fallback = fallback;
        this.waiter = waiter;
        this.failed = failed;
    }

    /** The command for this operating system: {@code xdg-open} on Linux and the BSDs, none elsewhere. */
    static List<String> commandFor(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac") ? null : List.of("xdg-open");
    }

    void open(String url) {
        if (!Links.isWebLink(url)) {
            return;
        }
        if (command == null) {
            fallback.accept(url);
            return;
        }
        List<String> argv = new ArrayList<>(command);
        argv.add(url);
        waiter.execute(() -> {
            try {
                Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() != 0) {
                    failed.accept(url);
                }
            } catch (IOException e) {
                failed.accept(url); // no xdg-open: no desktop to hand the link to
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
