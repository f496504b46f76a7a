package org.groundwork.issue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerNotificationRepository extends JpaRepository<PartnerNotification, Long> {

    /** The organization's notices and those naming the user, about no issue or an issue still shared with them. */
    String FOR_USER = """
            where n.organizationId = :organizationId and (n.recipient is null or n.recipient = :username)
             and (n.issueId is null or exists (select i.id from MacroIssue i where i.id = n.issueId"""
            + " " + MacroIssueRepository.SHARED_WITH + "))";

    @Query("select n from PartnerNotification n " + FOR_USER + " order by n.createdAt desc, n.id desc")
    List<PartnerNotification> forUser(Long organizationId, String username, Pageable pageable);

    @Query("select count(n) from PartnerNotification n " + FOR_USER + " and not exists (select s.id from "
            + "PartnerNotificationSeen s where s.notificationId = n.id and s.username = :username)")
    long countUnseen(Long organizationId, String username);
}
