package org.groundwork.base;

import java.util.Locale;

/**
 * How typed text is kept and searched everywhere: a free-text field stores its text trimmed, and blank as nothing
 * (so "no title" is one value, not null, "" and "  "); a search box's text becomes one case-insensitive "contains"
 * pattern for a {@code lower(column) like :pattern} query.
 */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or null when nothing but white space was typed. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** "%text%" in lower case, or null (search for everything) when nothing was typed. */
    public static String containsPattern(String text) {
        String trimmed = trimmed(text);
        return trimmed == null ? null : "%" + trimmed.toLowerCase(Locale.ROOT) + "%";
    }
}
