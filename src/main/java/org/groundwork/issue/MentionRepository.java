package org.groundwork.issue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentionRepository extends JpaRepository<Mention, Long> {

    long countByUsernameAndSeenAtIsNull(String username);

    @Query("""
            select new org.groundwork.issue.MentionNotice(m.id, i.id, i.title, c.author)
            from Mention m join MacroIssue i on i.id = m.issueId join IssueComment c on c.id = m.commentId
            where m.username = :username and m.seenAt is null order by m.id desc""")
    List<MentionNotice> unseen(String username, Pageable pageable);
}
