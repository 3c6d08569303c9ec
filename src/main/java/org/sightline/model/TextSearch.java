package org.sightline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case-insensitive search over an event's title, summary, organisations, regions, sources and tags. A search of
 * several words finds the events that have every one of them, wherever each is ("Kihara Saltzman"); words in
 * double quotes are one phrase ("\"air and space\""); a word after {@code #} is a tag ("#alliance").
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** What was typed, read once: its phrases and its tags, lower-case. */
    public record Query(List<String> words, List<String> tags) {

        public static Query of(String text) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"') {
                    int close = t.indexOf('"', i + 1);
                    int end = close < 0 ? t.length() : close;
                    String phrase = t.substring(i + 1, end).strip();
                    if (!phrase.isEmpty()) {
                        words.add(phrase);
                    }
                    i = end + 1;
                } else {
                    int end = i;
                    while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '"') {
                        end++;
                    }
                    String word = t.substring(i, end);
                    if (word.length() > 1 && word.charAt(0) == '#') {
                        tags.add(word.substring(1));
                    } else {
                        words.add(word);
                    }
                    i = end;
                }
            }
            return new Query(List.copyOf(words), List.copyOf(tags));
        }

        public boolean isEmpty() {
            return words.isEmpty() && tags.isEmpty();
        }

        /** True when {@code e} has every word and every tag (true for an empty query). */
        public boolean matches(TimelineEvent e, Dataset dataset) {
            for (String word : words) {
                if (!TextSearch.matches(e, dataset, word)) {
                    return false;
                }
            }
            for (String tag : tags) {
                if (e.tags().stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).contains(tag))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** True when any of {@code e}'s fields holds {@code needle}, which must already be lower-case. */
    public static boolean matches(TimelineEvent e, Dataset dataset, String needle) {
        if (contains(e.title(), needle) || contains(e.summary(), needle) || contains(e.id(), needle)) {
            return true;
        }
        for (String id : e.organisationIds()) {
            Organisation o = dataset.organisations().get(id).orElse(null);
            if (contains(id, needle) || o != null && (contains(o.name(), needle) || contains(o.abbreviation(), needle))) {
                return true;
            }
        }
        for (String id : e.regionIds()) {
            Region r = dataset.regions().get(id).orElse(null);
            if (contains(id, needle) || r != null && contains(r.name(), needle)) {
                return true;
            }
        }
        for (Source s : e.sources()) {
            if (contains(s.publisher(), needle) || contains(s.title(), needle) || contains(s.url(), needle)) {
                return true;
            }
        }
        for (String tag : e.tags()) {
            if (contains(tag, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
