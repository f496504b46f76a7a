package org.groundwork.issue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.data.jpa.repository.Query;

/** Heat sums over the links and the businesses they point at; the score formula is {@link IssueHeat#score()}. */
interface IssueHeatRepository extends Repository<MacroIssue, Long> {

    String HEAT = """
            select new org.groundwork.issue.IssueHeat(i.id, i.version, i.title, i.category, i.status, count(l),
                coalesce(sum(b.currentEmployees), 0), coalesce(sum(b.openRedFlags), 0))
            from MacroIssue i join BusinessLink l on l.issueId = i.id
                join Business b on b.id = l.businessId and b.archivedAt is null""";
    String GROUP = " group by i.id, i.version, i.title, i.category, i.status";
    String MATCHING = """
             where (:text is null or lower(i.title) like :text) and (:category is null or i.category = :category)
              and (:status is null or i.status = :status)""";

    @Query(HEAT + " where i.id in :ids" + GROUP)
    List<IssueHeat> heatOf(Collection<Long> ids);

    @Query(HEAT + " " + MATCHING + GROUP + " " + """
             order by 100 * count(l) + coalesce(sum(b.currentEmployees), 0) + 250 * coalesce(sum(b.openRedFlags), 0)
             desc, i.id""")
    List<IssueHeat> ranking(String text, IssueCategory category, IssueStatus status, Pageable pageable);

    @Query("""
            select count(distinct i.id) from MacroIssue i join BusinessLink l on l.issueId = i.id
                join Business b on b.id = l.businessId and b.archivedAt is null""" + " " + MATCHING)
    long countRanked(String text, IssueCategory category, IssueStatus status);
}
