package org.groundwork.issue;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerNotificationSeenRepository extends JpaRepository<PartnerNotificationSeen, Long> {

    boolean existsByNotificationIdAndUsername(Long notificationId, String username);

    @Query("select s.notificationId from PartnerNotificationSeen s where s.username = :username "
            + "and s.notificationId in :notificationIds")
    Set<Long> seenOf(String username, Collection<Long> notificationIds);
}
