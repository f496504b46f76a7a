package org.groundwork.issue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<IssueComment, Long> {

    List<IssueComment> findByIssueIdOrderByCreatedAtAscIdAsc(Long issueId);

    List<IssueComment> findByIssueIdAndVisibilityOrderByCreatedAtAscIdAsc(Long issueId, CommentVisibility visibility);
}
