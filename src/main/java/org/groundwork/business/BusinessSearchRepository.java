package org.groundwork.business;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Global search's queries: each matches one indexed search column by prefix and stops at the limit, so the
 * database reads a short index range instead of scanning the table.
 */
interface BusinessSearchRepository extends Repository<Business, Long> {

    @Query("""
            select b from Business b where b.archivedAt is null and b.normalizedName like :prefix
            order by b.normalizedName, b.id""")
    List<Business> byName(String prefix, Limit limit);

    @Query("""
            select b from Business b where b.archivedAt is null and b.normalizedTradeName like :prefix
            order by b.normalizedTradeName, b.id""")
    List<Business> byTradeName(String prefix, Limit limit);

    @Query("""
            select b from Business b where b.archivedAt is null and b.phoneDigits like :prefix
            order by b.phoneDigits, b.id""")
    List<Business> byPhone(String prefix, Limit limit);

    @Query("""
            select c from Contact c join fetch c.business b where b.archivedAt is null and c.searchName like :prefix
            order by c.searchName, c.id""")
    List<Contact> contactsByName(String prefix, Limit limit);

    @Query("""
            select c from Contact c join fetch c.business b
            where b.archivedAt is null and c.searchEmail like :prefix escape '\\'
            order by c.searchEmail, c.id""")
    List<Contact> contactsByEmail(String prefix, Limit limit);

    @Query("""
            select c from Contact c join fetch c.business b where b.archivedAt is null and c.phoneDigits like :prefix
            order by c.phoneDigits, c.id""")
    List<Contact> contactsByPhone(String prefix, Limit limit);
}
