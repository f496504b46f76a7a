package org.groundwork.issue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BusinessLinkRepository extends JpaRepository<BusinessLink, Long> {

    boolean existsByIssueIdAndBusinessId(Long issueId, Long businessId);

    long countByIssueId(Long issueId);

    long countByBusinessId(Long businessId);

    List<BusinessLink> findByBusinessId(Long businessId);

    @Query("""
            select new org.groundwork.issue.LinkedBusiness(l.id, b.id, coalesce(b.tradeName, b.legalName), b.sector,
                b.currentEmployees, b.openRedFlags, l.severity, l.sourceVisitId, l.sourceFlagId)
            from BusinessLink l join Business b on b.id = l.businessId
            where l.issueId = :issueId order by b.legalName, l.id""")
    List<LinkedBusiness> linkedTo(Long issueId, Pageable pageable);

    @Query("""
            select new org.groundwork.issue.SectorCount(b.sector, count(l))
            from BusinessLink l join Business b on b.id = l.businessId
            where l.issueId = :issueId group by b.sector order by count(l) desc""")
    List<SectorCount> sectorCounts(Long issueId);

    @Query("select l.issueId from BusinessLink l where l.businessId = :businessId")
    List<Long> issueIdsOf(Long businessId);

    @Modifying
    @Query("update BusinessLink l set l.businessId = :survivorId where l.businessId = :mergedId")
    int moveToBusiness(Long mergedId, Long survivorId);
}
