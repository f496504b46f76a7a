package org.groundwork.issue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentionRepository extends JpaRepository<Mention, Long> {

    long countByUsernameAndSeenAtIsNull(String username);

    List<Mention> findByUsernameAndSeenAtIsNullOrderByIdDesc(String username, Pageable pageable);
}
