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
                b.figures.currentEmployees, b.figures.openRedFlags, l.severity, l.sourceVisitId, l.sourceFlagId)
            from BusinessLink l join Business b on b.id = l.businessId
            where l.issueId = :issueId order by b.legalName, l.id""")
    List<LinkedBusiness> linkedTo(Long issueId, Pageable pageable);

    @Query("""
            select new org.groundwork.issue.SectorCount(b.sector, count(l))
            from BusinessLink l join Business b on b.id = l.businessId
            where l.issueId = :issueId group by b.sector order by count(l) desc""")
    List<SectorCount> sectorCounts(Long issueId);

    /** Businesses affected, employees at them, and how many have an open red flag: counts only, no identities. */
    @Query("""
            select count(l), coalesce(sum(b.figures.currentEmployees), 0), coalesce(sum(case when b.figures.openRedFlags > 0 then 1 else 0 end), 0)
            from BusinessLink l join Business b on b.id = l.businessId where l.issueId = :issueId""")
    List<Object[]> totals(Long issueId);

    /** Only businesses that consented to be named to partners. */
    @Query("""
            select new org.groundwork.issue.NamedBusiness(coalesce(b.tradeName, b.legalName), b.sector,
                b.figures.currentEmployees)
            from BusinessLink l join Business b on b.id = l.businessId
            where l.issueId = :issueId and b.consentToName = true order by b.legalName, l.id""")
    List<NamedBusiness> consentedOn(Long issueId, Pageable pageable);

    /** Consenting businesses whose name matches, on issues shared with the organization. */
    @Query("""
            select new org.groundwork.issue.PortalSearchHit(i.id, i.title, coalesce(b.tradeName, b.legalName))
            from BusinessLink l join Business b on b.id = l.businessId join MacroIssue i on i.id = l.issueId
            where b.consentToName = true and (b.searchKeys.normalizedName like :prefix or b.searchKeys.normalizedTradeName like :prefix)
            """ + MacroIssueRepository.SHARED_WITH + " order by b.legalName, i.id")
    List<PortalSearchHit> consentedMatching(Long organizationId, String prefix, Pageable pageable);

    @Query("select l.issueId from BusinessLink l where l.businessId = :businessId")
    List<Long> issueIdsOf(Long businessId);

    @Modifying
    @Query("update BusinessLink l set l.businessId = :survivorId where l.businessId = :mergedId")
    int moveToBusiness(Long mergedId, Long survivorId);
}
