package org.groundwork.opportunity;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    String CARD = """
            select new org.groundwork.opportunity.OpportunityCard(o.id, o.version, o.title, o.type, o.stage,
                o.businessId, coalesce(b.tradeName, b.legalName), o.projectedJobs, o.realizedJobs,
                o.capitalInvestment)
            from Opportunity o join Business b on b.id = o.businessId""";
    String MATCHING = """
            where (:text is null or lower(o.title) like :text or lower(b.legalName) like :text
                   or lower(b.tradeName) like :text)
              and (:stage is null or o.stage = :stage) and (:type is null or o.type = :type)
              and (:businessId is null or o.businessId = :businessId)""";

    @Query(CARD + " " + MATCHING + " order by o.updatedAt desc, o.id desc")
    List<OpportunityCard> cards(String text, OpportunityStage stage, OpportunityType type, Long businessId,
                                Pageable pageable);

    @Query("select count(o) from Opportunity o join Business b on b.id = o.businessId " + MATCHING)
    long countCards(String text, OpportunityStage stage, OpportunityType type, Long businessId);

    @Query("""
            select new org.groundwork.opportunity.StageTotals(o.stage, count(o), coalesce(sum(o.projectedJobs), 0),
                coalesce(sum(o.realizedJobs), 0), coalesce(sum(o.retainedJobs), 0),
                coalesce(sum(o.capitalInvestment), 0))
            from Opportunity o group by o.stage""")
    List<StageTotals> totalsByStage();

    long countByBusinessId(Long businessId);

    List<Opportunity> findByBusinessIdOrderByCreatedAtDesc(Long businessId, Pageable pageable);

    /** Bumps the version too: a dialog opened before the merge must get a conflict, not move it back. */
    @Modifying
    @Query("update Opportunity o set o.businessId = :survivorId, o.version = o.version + 1 where o.businessId = :mergedId")
    int moveToBusiness(Long mergedId, Long survivorId);
}
