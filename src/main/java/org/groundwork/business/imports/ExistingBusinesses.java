package org.groundwork.business.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The businesses already on record, reduced to the keys an import matches on, held in memory for one dry run:
 * a handful of columns per business, so tens of thousands fit easily and no row costs a query.
 */
final class ExistingBusinesses {

    record Known(long id, String name) {
    }

    private final Map<String, Known> byExternalId = new HashMap<>();
    private final Map<String, Known> byNameAndStreet = new HashMap<>();
    private final Map<String, Known> byName = new HashMap<>();
    private final Map<String, Known> byPhone = new HashMap<>();
    private final Map<String, Known> byWebsite = new HashMap<>();

    static ExistingBusinesses load(JdbcTemplate jdbc) {
        ExistingBusinesses existing = new ExistingBusinesses();
        jdbc.query("select id, legal_name, external_id, normalized_name, street, phone, website from business",
                rs -> {
                    Known known = new Known(rs.getLong(1), rs.getString(2));
                    putIfKey(existing.byExternalId, rs.getString(3), known);
                    putIfKey(existing.byNameAndStreet, nameAndStreet(rs.getString(4), rs.getString(5)), known);
                    putIfKey(existing.byName, rs.getString(4), known);
                    putIfKey(existing.byPhone, phoneKey(rs.getString(6)), known);
                    putIfKey(existing.byWebsite, websiteKey(rs.getString(7)), known);
                });
        return existing;
    }

    /** The business this row is an update of: same external id, else same normalized name and street. */
    Optional<Known> match(Business row) {
        Known known = row.getExternalId() == null ? null : byExternalId.get(row.getExternalId());
        if (known == null) {
            known = byNameAndStreet.get(nameAndStreet(row.getNormalizedName(), row.getStreet()));
        }
        return Optional.ofNullable(known);
    }

    /** A business this row probably is, though it doesn't match: same name, phone or website. */
    Optional<Map.Entry<Known, String>> lookalike(Business row) {
        Known known = byName.get(row.getNormalizedName());
        if (known != null) {
            return Optional.of(Map.entry(known, "Same name as " + known.name()));
        }
        known = byPhone.get(phoneKey(row.getPhone()));
        if (known != null) {
            return Optional.of(Map.entry(known, "Same phone as " + known.name()));
        }
        known = byWebsite.get(websiteKey(row.getWebsite()));
        return known == null ? Optional.empty() : Optional.of(Map.entry(known, "Same website as " + known.name()));
    }

    static String nameAndStreet(String normalizedName, String street) {
        if (normalizedName == null || normalizedName.isEmpty() || street == null || street.isBlank()) {
            return null;
        }
        return normalizedName + "|" + street.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    /** Digits only, and only when there are enough of them to mean a real number. */
    static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.length() >= 7 ? digits : null;
    }

    /** The host without scheme and "www.", so "https://www.acme.com/" and "acme.com" agree. */
    static String websiteKey(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String host = website.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int slash = host.indexOf('/');
        return slash < 0 ? host : host.substring(0, slash);
    }

    private static void putIfKey(Map<String, Known> map, String key, Known known) {
        if (key != null && !key.isEmpty()) {
            map.putIfAbsent(key, known);
        }
    }
}
