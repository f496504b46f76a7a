package org.groundwork.issue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MacroIssueRepository extends JpaRepository<MacroIssue, Long>, JpaSpecificationExecutor<MacroIssue> {

    String MATCHING = """
            where (:text is null or lower(i.title) like :text) and (:category is null or i.category = :category)
              and (:status is null or i.status = :status)""";

    /** Issues shared with an organization, on their own or through their board (the access filter's rule in SQL). */
    String SHARED_WITH = """
             and exists (select s.id from IssueShare s where s.organizationId = :organizationId
                and (s.issueId = i.id or (s.issueId is null and s.board = i.board)))""";

    @Query("select i from MacroIssue i " + MATCHING + SHARED_WITH + " order by i.updatedAt desc, i.id desc")
    List<MacroIssue> searchShared(Long organizationId, String text, IssueCategory category, IssueStatus status,
                                  Pageable pageable);

    @Query("select count(i) from MacroIssue i " + MATCHING + SHARED_WITH)
    long countShared(Long organizationId, String text, IssueCategory category, IssueStatus status);

    /** Issues shared both with one organization (with one of the permissions) and with another. */
    @Query("""
            select count(i) from MacroIssue i
             where exists (select s.id from IssueShare s where s.organizationId = :organizationId
                and s.permission in :permissions and (s.issueId = i.id or (s.issueId is null and s.board = i.board)))
             and exists (select t.id from IssueShare t where t.organizationId = :otherOrganizationId
                and (t.issueId = i.id or (t.issueId is null and t.board = i.board)))""")
    long countCommonIssues(Long organizationId, Collection<SharePermission> permissions, Long otherOrganizationId);

    List<MacroIssue> findByStatusOrderByUpdatedAtDescIdDesc(IssueStatus status, Pageable pageable);

    @Query("select i.status, count(i) from MacroIssue i group by i.status")
    List<Object[]> countByStatus();

    @Query("select i from MacroIssue i " + MATCHING + " order by i.updatedAt desc, i.id desc")
    List<MacroIssue> search(String text, IssueCategory category, IssueStatus status, Pageable pageable);

    @Query("select count(i) from MacroIssue i " + MATCHING)
    long countMatching(String text, IssueCategory category, IssueStatus status);

    long countByLeadOrganizationId(Long organizationId);
}
