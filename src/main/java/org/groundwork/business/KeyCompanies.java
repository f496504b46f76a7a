package org.groundwork.business;

/**
 * Which key companies count, in SQL: the share of key companies visited, in drift and in the reports, counts a key
 * company only while it is active and not archived (merged or deleted), in the visits counted, in what they are
 * divided by and in the records behind the share (decision 024). One condition, so the two features cannot drift.
 */
public final class KeyCompanies {

    /** A key company that counts, on a business aliased {@code b}. */
    public static final String ACTIVE = "b.key_company = TRUE AND b.status = 'ACTIVE' AND b.archived_at IS NULL";

    private KeyCompanies() {
    }

    /**
     * {@link #ACTIVE} on the visit tally's copies of those columns (decision 022), prefixed by {@code prefix} (say
     * "t." or ""): written beside it so that a figure read from the tally and one read live count the same.
     */
    public static String activeInTally(String prefix) {
        return prefix + "key_company = TRUE AND " + prefix + "active = TRUE AND " + prefix + "archived = FALSE";
    }
}
