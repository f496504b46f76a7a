package org.groundwork.business;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comparable forms of a phone number, website and address used to spot likely duplicates:
 * "(206) 555-0100" and "206.555.0100", "https://www.acme.com/about" and "acme.com",
 * "12 North Main Street, 98101" and "12 N Main St, 98101-1234" each match.
 */
public final class DuplicateKeys {

    private static final Pattern NON_DIGIT = Pattern.compile("\\D+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(Map.entry("street", "st"),
            Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("road", "rd"), Map.entry("drive", "dr"),
            Map.entry("boulevard", "blvd"), Map.entry("lane", "ln"), Map.entry("court", "ct"),
            Map.entry("place", "pl"), Map.entry("highway", "hwy"), Map.entry("parkway", "pkwy"),
            Map.entry("suite", "ste"), Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"),
            Map.entry("west", "w"), Map.entry("northeast", "ne"), Map.entry("northwest", "nw"),
            Map.entry("southeast", "se"), Map.entry("southwest", "sw"));

    private DuplicateKeys() {
    }

    /** Digits only, without a leading North American "1"; null when too short to identify anyone. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = NON_DIGIT.matcher(phone).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.length() < 7 ? null : digits;
    }

    /** The host name in lower case, without scheme, path or a leading "www.". */
    public static String website(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String host = website.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("[/?#:].*$", "").replaceFirst("^www\\.", "");
        return host.isEmpty() ? null : host;
    }

    /** Street (common words abbreviated) and the first five characters of the postal code; null unless both. */
    public static String address(String street, String postalCode) {
        if (street == null || street.isBlank() || postalCode == null || postalCode.isBlank()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (String word : NOT_ALPHANUMERIC.matcher(street.toLowerCase(Locale.ROOT)).replaceAll(" ").trim()
                .split(" ")) {
            key.append(STREET_WORDS.getOrDefault(word, word)).append(' ');
        }
        String postal = NOT_ALPHANUMERIC.matcher(postalCode.toLowerCase(Locale.ROOT)).replaceAll("");
        String keyText = key.toString().trim() + "|" + postal.substring(0, Math.min(5, postal.length()));
        return keyText.length() > 230 ? keyText.substring(0, 230) : keyText;
    }
}
