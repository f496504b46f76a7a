package org.groundwork.visit.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query(value = """
            select f from FollowUp f join fetch f.business left join fetch f.ownerOrganization
            where f.ownerStaffId = :staffId and f.status in :statuses""",
            countQuery = "select count(f) from FollowUp f where f.ownerStaffId = :staffId and f.status in :statuses")
    Page<FollowUp> ownedBy(Long staffId, Collection<FollowUpStatus> statuses, Pageable pageable);

    @Query(value = """
            select f from FollowUp f join fetch f.business left join fetch f.ownerOrganization
            where f.ownerStaffId = :staffId and f.status in :statuses and f.dueDate < :today""",
            countQuery = """
            select count(f) from FollowUp f
            where f.ownerStaffId = :staffId and f.status in :statuses and f.dueDate < :today""")
    Page<FollowUp> overdueOwnedBy(Long staffId, Collection<FollowUpStatus> statuses, LocalDate today,
                                  Pageable pageable);

    @Query(value = """
            select f from FollowUp f join fetch f.business left join fetch f.ownerOrganization
            where f.business.id = :businessId""",
            countQuery = "select count(f) from FollowUp f where f.business.id = :businessId")
    Page<FollowUp> ofBusiness(Long businessId, Pageable pageable);

    @Query("""
            select f from FollowUp f left join fetch f.ownerOrganization
            where f.business.id = :businessId order by f.requestedAt desc, f.id desc""")
    List<FollowUp> newestOf(Long businessId, Pageable pageable);

    @Query("""
            select f from FollowUp f left join fetch f.ownerOrganization
            where f.requestedAt >= :from and f.requestedAt < :to""")
    List<FollowUp> requestedBetween(Instant from, Instant to);

    @Query(value = """
            select f from FollowUp f join fetch f.business
            where f.ownerOrganization.id = :organizationId and f.status in :statuses
            order by f.dueDate, f.id""",
            countQuery = """
            select count(f) from FollowUp f where f.ownerOrganization.id = :organizationId and f.status in :statuses""")
    Page<FollowUp> ownedByOrganization(Long organizationId, Collection<FollowUpStatus> statuses, Pageable pageable);

    long countByBusinessId(Long businessId);

    long countByOwnerOrganizationId(Long organizationId);

    List<FollowUp> findByBusinessId(Long businessId);
}
