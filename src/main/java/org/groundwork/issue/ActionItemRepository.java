package org.groundwork.issue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByIssueIdOrderByIdAsc(Long issueId);

    long countByOwnerOrganizationId(Long organizationId);

    long countByOwnerOrganizationIdAndStatusIn(Long organizationId, Collection<ActionStatus> statuses);
}
