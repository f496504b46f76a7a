package org.groundwork.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

    /** Every revision, oldest first: a program has a handful, so they are read whole. */
    List<PlanRevision> findAllByOrderByNumberAsc();

    Optional<PlanRevision> findFirstByOrderByNumberDesc();
}
