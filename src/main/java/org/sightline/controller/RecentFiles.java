package org.sightline.controller;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened files, newest first, kept in the preferences between runs. */
public final class RecentFiles {

    public static final int MAX = 10;

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences parent) {
        this.node = parent.node("recent-files");
        List<Path> loaded = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(Integer.toString(i), null);
            if (value != null && !value.isBlank()) {
                try {
                    loaded.add(Path.of(value));
                } catch (java.nio.file.InvalidPathException e) {
                    // a path from another system: leave it out
                }
            }
        }
        files.setAll(loaded);
    }

    /** Newest first; read-only (use {@link #add} and {@link #remove}). */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first, dropping an older entry for it and the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        save();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    public void clear() {
        files.clear();
        save();
    }

    private void save() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(Integer.toString(i), files.get(i).toString());
            } else {
                node.remove(Integer.toString(i));
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings are a convenience: the list still works for this run
        }
    }
}
