package org.groundwork.business;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Global search's queries: each matches one indexed search column by prefix and stops at the limit, so the
 * database reads a short index range instead of scanning the table. Business indexes lead with archived_at
 * (always "is null" here); contact queries leave archived businesses out with a subquery rather than a condition
 * on the joined business, so the database starts from the contact index instead of walking all businesses, and
 * fetch the business in the same query (one round trip, not one per hit).
 */
interface BusinessSearchRepository extends Repository<Business, Long> {

    /** The contact queries' condition leaving out archived businesses (a subquery, for the reason above). */
    String OF_A_LIVE_BUSINESS =
            " and c.business.id not in (select b.id from Business b where b.archivedAt is not null) ";

    @Query("""
            select b from Business b where b.archivedAt is null and b.searchKeys.normalizedName like :prefix
            order by b.searchKeys.normalizedName, b.id""")
    List<Business> byName(String prefix, Limit limit);

    @Query("""
            select b from Business b where b.archivedAt is null and b.searchKeys.normalizedTradeName like :prefix
            order by b.searchKeys.normalizedTradeName, b.id""")
    List<Business> byTradeName(String prefix, Limit limit);

    @Query("""
            select b from Business b where b.archivedAt is null and b.searchKeys.phoneDigits like :prefix
            order by b.searchKeys.phoneDigits, b.id""")
    List<Business> byPhone(String prefix, Limit limit);

    @Query("select c from Contact c join fetch c.business where c.searchName like :prefix" + OF_A_LIVE_BUSINESS
            + "order by c.searchName, c.id")
    List<Contact> contactsByName(String prefix, Limit limit);

    @Query("select c from Contact c join fetch c.business where c.searchEmail like :prefix escape '\\'"
            + OF_A_LIVE_BUSINESS + "order by c.searchEmail, c.id")
    List<Contact> contactsByEmail(String prefix, Limit limit);

    @Query("select c from Contact c join fetch c.business where c.phoneDigits like :prefix" + OF_A_LIVE_BUSINESS
            + "order by c.phoneDigits, c.id")
    List<Contact> contactsByPhone(String prefix, Limit limit);
}
