package org.groundwork.business;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** NAICS sectors (the first two digits of a NAICS code), named the way a BRE program talks about them. */
public enum Sector {
    AGRICULTURE("Agriculture, forestry and fishing", "11"),
    MINING("Mining, oil and gas", "21"),
    UTILITIES("Utilities", "22"),
    CONSTRUCTION("Construction", "23"),
    MANUFACTURING("Manufacturing", "31", "32", "33"),
    WHOLESALE("Wholesale trade", "42"),
    RETAIL("Retail trade", "44", "45"),
    TRANSPORTATION("Transportation and warehousing", "48", "49"),
    INFORMATION("Information", "51"),
    FINANCE("Finance and insurance", "52"),
    REAL_ESTATE("Real estate", "53"),
    PROFESSIONAL_SERVICES("Professional, scientific and technical services", "54"),
    MANAGEMENT("Management of companies", "55"),
    ADMINISTRATIVE_SUPPORT("Administrative and support services", "56"),
    EDUCATION("Educational services", "61"),
    HEALTH_CARE("Health care and social assistance", "62"),
    ARTS_RECREATION("Arts, entertainment and recreation", "71"),
    ACCOMMODATION_FOOD("Accommodation and food services", "72"),
    OTHER_SERVICES("Other services", "81"),
    PUBLIC_ADMINISTRATION("Public administration", "92");

    private final String label;
    private final List<String> prefixes;

    Sector(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    public String label() {
        return label;
    }

    /** The sector a NAICS code (2 to 6 digits) belongs to, if the code is a known one. */
    public static Optional<Sector> ofNaics(String naicsCode) {
        if (naicsCode == null || naicsCode.trim().length() < 2) {
            return Optional.empty();
        }
        String prefix = naicsCode.trim().substring(0, 2);
        return Arrays.stream(values()).filter(sector -> sector.prefixes.contains(prefix)).findFirst();
    }
}
