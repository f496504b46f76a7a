package org.groundwork.business;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalization for duplicate detection: "ACME Tool & Die, L.L.C." and "Acme Tool and Die LLC" match. */
public final class BusinessNames {

    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "\\b(incorporated|inc|corporation|corp|company|co|llc|l l c|ltd|limited|llp|lp|pllc|pc|plc)\\b");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private BusinessNames() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String words = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT).replace("&", " and "))
                .replaceAll(" ");
        String core = LEGAL_SUFFIX.matcher(words).replaceAll(" ").replace(" and ", " ");
        String compact = core.replace(" ", "");
        return compact.isEmpty() ? words.replace(" ", "") : compact;
    }
}
