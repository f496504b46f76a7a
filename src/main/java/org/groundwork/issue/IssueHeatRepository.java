package org.groundwork.issue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Heat: summed live over the links and their businesses for one issue's page, and stored on the issues (set-based
 * updates, the score formula of {@link IssueHeat#score()}) for the board and the ranking.
 */
interface IssueHeatRepository extends Repository<MacroIssue, Long> {

    String LINKED = """
            from BusinessLink l join Business b on b.id = l.businessId and b.archivedAt is null
            where l.issueId = i.id""";
    String MATCHING = """
            (:text is null or lower(i.title) like :text) and (:category is null or i.category = :category)
              and (:status is null or i.status = :status)""";

    @Query("""
            select new org.groundwork.issue.IssueHeat(i.id, i.version, i.title, i.category, i.status, count(l),
                coalesce(sum(b.figures.currentEmployees), 0), coalesce(sum(b.figures.openRedFlags), 0))
            from MacroIssue i join BusinessLink l on l.issueId = i.id
                join Business b on b.id = l.businessId and b.archivedAt is null
            where i.id = :id group by i.id, i.version, i.title, i.category, i.status""")
    List<IssueHeat> liveHeatOf(Long id);

    @Modifying(flushAutomatically = true)
    @Query("update MacroIssue i set i.heatBusinesses = (select count(l) " + LINKED + "), "
            + "i.heatEmployees = (select coalesce(sum(b.figures.currentEmployees), 0) " + LINKED + "), "
            + "i.heatRedFlags = (select coalesce(sum(b.figures.openRedFlags), 0) " + LINKED + ") where i.id in :ids")
    int storeFiguresOf(Collection<Long> ids);

    @Modifying(flushAutomatically = true)
    @Query("update MacroIssue i set i.heatBusinesses = (select count(l) " + LINKED + "), "
            + "i.heatEmployees = (select coalesce(sum(b.figures.currentEmployees), 0) " + LINKED + "), "
            + "i.heatRedFlags = (select coalesce(sum(b.figures.openRedFlags), 0) " + LINKED + ")")
    int storeFiguresOfAll();

    String SCORE = "update MacroIssue i set i.heatScore = 100 * i.heatBusinesses + i.heatEmployees "
            + "+ 250 * i.heatRedFlags";

    @Modifying
    @Query(SCORE + " where i.id in :ids")
    int storeScoresOf(Collection<Long> ids);

    @Modifying
    @Query(SCORE)
    int storeScoresOfAll();

    @Query("select i from MacroIssue i where i.heatBusinesses > 0 and " + MATCHING + " order by i.heatScore desc, i.id")
    List<MacroIssue> ranking(String text, IssueCategory category, IssueStatus status, Pageable pageable);

    @Query("select count(i) from MacroIssue i where i.heatBusinesses > 0 and " + MATCHING)
    long countRanked(String text, IssueCategory category, IssueStatus status);
}
