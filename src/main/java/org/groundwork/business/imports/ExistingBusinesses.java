package org.groundwork.business.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNames;
import org.groundwork.business.SearchKeys;
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
    private final Map<String, Known> byAddress = new HashMap<>();
    private long lastId;

    /** Archived businesses still match (a re-import must not recreate them) but are not offered as look-alikes. */
    static ExistingBusinesses load(JdbcTemplate jdbc) {
        return addedAfter(jdbc, 0);
    }

    /** Only the businesses with an id above {@code id}: those added since a dry run that saw up to {@code id}. */
    static ExistingBusinesses addedAfter(JdbcTemplate jdbc, long id) {
        ExistingBusinesses existing = new ExistingBusinesses();
        jdbc.query("select id, legal_name, external_id, normalized_name, street, phone_digits, website_host, "
                + "address_key, archived_at from business where id > ?", rs -> {
                    Known known = new Known(rs.getLong(1), rs.getString(2));
                    existing.lastId = Math.max(existing.lastId, known.id());
                    putIfKey(existing.byExternalId, rs.getString(3), known);
                    putIfKey(existing.byNameAndStreet, nameAndStreet(rs.getString(4), rs.getString(5)), known);
                    if (rs.getTimestamp(9) == null) {
                        putIfKey(existing.byName, rs.getString(4), known);
                        putIfKey(existing.byPhone, rs.getString(6), known);
                        putIfKey(existing.byWebsite, rs.getString(7), known);
                        putIfKey(existing.byAddress, rs.getString(8), known);
                    }
                }, id);
        return existing;
    }

    /** The highest business id seen (0 when there were none). */
    long lastId() {
        return lastId;
    }

    /** Whether this row matches or looks like one of these businesses. */
    boolean resembles(Business row) {
        return match(row).isPresent() || lookalike(row).isPresent();
    }

    /** The business this row is an update of: same external id, else same normalized name and street. */
    Optional<Known> match(Business row) {
        Known known = row.getExternalId() == null ? null : byExternalId.get(row.getExternalId());
        if (known == null) {
            known = byNameAndStreet.get(nameAndStreet(row.getSearchKeys().getNormalizedName(),
                    row.getAddress().getStreet()));
        }
        return Optional.ofNullable(known);
    }

    /**
     * A business this row probably is, though it doesn't match: the same name, phone, website or address, compared
     * the way the business page spots likely duplicates ({@link org.groundwork.business.DuplicateKeys}).
     */
    Optional<Map.Entry<Known, String>> lookalike(Business row) {
        SearchKeys keys = row.getSearchKeys();
        return Stream.of(look(byName, keys.getNormalizedName(), "name"), look(byPhone, keys.getPhoneDigits(), "phone"),
                look(byWebsite, keys.getWebsiteHost(), "website"),
                look(byAddress, row.getAddress().getKey(), "address"))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Map.Entry<Known, String>> look(Map<String, Known> index, String key, String what) {
        Known known = key == null ? null : index.get(key);
        return known == null ? Optional.empty() : Optional.of(Map.entry(known, "Same " + what + " as " + known.name()));
    }

    static String nameAndStreet(String normalizedName, String street) {
        if (normalizedName == null || normalizedName.isEmpty() || street == null || street.isBlank()) {
            return null;
        }
        return normalizedName + "|" + street.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    private static void putIfKey(Map<String, Known> map, String key, Known known) {
        if (key != null && !key.isEmpty()) {
            map.putIfAbsent(key, known);
        }
    }
}
