package org.groundwork.business;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BusinessRepository extends JpaRepository<Business, Long>, JpaSpecificationExecutor<Business> {

    /** Bulk updates: derived values that must not clash (optimistic lock) with a person editing the business. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Business b set b.openRedFlags = :red, b.openYellowFlags = :yellow, b.riskLevel = :level
            where b.id = :id""")
    int updateOpenFlags(Long id, int red, int yellow, RiskLevel level);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Business b set b.lastContactDate = :date
            where b.id = :id and (b.lastContactDate is null or b.lastContactDate < :date)""")
    int updateLastContact(Long id, LocalDate date);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Business b set b.currentEmployees = :employees where b.id = :id")
    int updateCurrentEmployees(Long id, Integer employees);
}
