package org.groundwork.business;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The forms global search compares: names without accents, case, spaces or punctuation, e-mail addresses in
 * lower case and phone numbers as bare digits. Both the stored search columns and the typed query go through here, so a prefix of one is a
 * prefix of the other and the database can answer from an index.
 */
final class SearchText {

    private SearchText() {
    }

    static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String compact = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return compact.isEmpty() ? null : compact;
    }

    static String email(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}
