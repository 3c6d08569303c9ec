package org.sightline.controller;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches one file and calls back once after it has changed and then stayed quiet for the debounce
 * time (editors write a file in several steps). Runs on daemon threads; {@link #close()} stops it.
 */
public final class FileWatcher implements AutoCloseable {

    private final Path file;
    private final WatchService service;
    private final ScheduledExecutorService timer;
    private final Runnable onChange;
    private final long debounceMillis;
    private ScheduledFuture<?> pending;

    private FileWatcher(Path file, long debounceMillis, Runnable onChange) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.debounceMillis = debounceMillis;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sightline-watch-debounce"));
        daemon(this::loop, "sightline-watch").start();
    }

    /**
     * Starts watching {@code file}; {@code onChange} runs on a background thread, once per burst of
     * changes.
     */
    public static FileWatcher watch(Path file, long debounceMillis, Runnable onChange) throws IOException {
        return new FileWatcher(file, debounceMillis, onChange);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path changed && file.getFileName().equals(changed)) {
                        schedule();
                    } else if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        schedule();
                    }
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!timer.isShutdown()) {
            pending = timer.schedule(onChange, debounceMillis, TimeUnit.MILLISECONDS);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to stop
        }
    }
}
