package org.sightline.controller;

import java.util.prefs.Preferences;

/**
 * Where Sightline keeps its settings ({@link java.util.prefs}). The root node is
 * {@code org/sightline} unless the system property {@code sightline.prefs.root} names another one;
 * the tests set it so they never touch a user's settings.
 */
public final class AppPreferences {

    public static final String ROOT_PROPERTY = "sightline.prefs.root";

    private AppPreferences() {
    }

    public static Preferences root() {
        String root = System.getProperty(ROOT_PROPERTY);
        return Preferences.userRoot().node(root == null || root.isBlank() ? "org/sightline" : root);
    }
}
