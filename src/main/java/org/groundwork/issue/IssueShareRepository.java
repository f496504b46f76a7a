package org.groundwork.issue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssueShareRepository extends JpaRepository<IssueShare, Long> {

    /** The shares that reach an issue: its own and its board's. */
    @Query("""
            select s from IssueShare s
            where s.issueId = :issueId or (s.issueId is null and s.board = :board) order by s.id""")
    List<IssueShare> reaching(Long issueId, String board);

    @Query("""
            select s.permission from IssueShare s
            where s.organizationId = :organizationId and (s.issueId = :issueId or (s.issueId is null and s.board = :board))""")
    List<SharePermission> permissionsOf(Long organizationId, Long issueId, String board);

    Optional<IssueShare> findByOrganizationIdAndIssueId(Long organizationId, Long issueId);

    Optional<IssueShare> findByOrganizationIdAndBoard(Long organizationId, String board);

    List<IssueShare> findByOrganizationIdOrderByIdAsc(Long organizationId);

    boolean existsByOrganizationIdAndPermissionIn(Long organizationId, Collection<SharePermission> permissions);

    @Query("select distinct s.organizationId from IssueShare s where s.issueId = :issueId or (s.issueId is null and s.board = :board)")
    List<Long> organizationsReaching(Long issueId, String board);
}
