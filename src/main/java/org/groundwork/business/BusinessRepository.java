package org.groundwork.business;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BusinessRepository extends JpaRepository<Business, Long>, JpaSpecificationExecutor<Business> {

    /** Bulk updates: derived values that must not clash (optimistic lock) with a person editing the business. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Business b set b.figures.openRedFlags = :red, b.figures.openYellowFlags = :yellow, b.figures.riskLevel = :level
            where b.id = :id""")
    int updateOpenFlags(Long id, int red, int yellow, RiskLevel level);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Business b set b.figures.lastContactDate = :date
            where b.id = :id and (b.figures.lastContactDate is null or b.figures.lastContactDate < :date)""")
    int updateLastContact(Long id, LocalDate date);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Business b set b.figures.currentEmployees = :employees where b.id = :id")
    int updateCurrentEmployees(Long id, Integer employees);

    /** Likely duplicates: any one key equal; the keys are indexed columns, so this is a handful of lookups. */
    @Query("""
            select b from Business b
            where b.archivedAt is null and (:id is null or b.id <> :id)
              and (b.searchKeys.normalizedName = :name or b.searchKeys.phoneDigits = :phone or b.searchKeys.websiteHost = :host
                   or b.address.addressKey = :address)
            order by b.legalName, b.id""")
    List<Business> findLikelyDuplicates(Long id, String name, String phone, String host, String address,
                                        Pageable pageable);
}
