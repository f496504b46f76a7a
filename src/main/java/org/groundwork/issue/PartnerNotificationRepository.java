package org.groundwork.issue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerNotificationRepository extends JpaRepository<PartnerNotification, Long> {

    String FOR_USER = """
            where n.organizationId = :organizationId and (n.recipient is null or n.recipient = :username)""";

    @Query("select n from PartnerNotification n " + FOR_USER + " order by n.createdAt desc, n.id desc")
    List<PartnerNotification> forUser(Long organizationId, String username, Pageable pageable);

    @Query("select count(n) from PartnerNotification n " + FOR_USER + " and n.seenAt is null")
    long countUnseen(Long organizationId, String username);
}
