package org.groundwork.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.groundwork.business.Business;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long>, JpaSpecificationExecutor<Visit> {

    @Override
    @EntityGraph(attributePaths = "business")
    Page<Visit> findAll(Specification<Visit> spec, Pageable pageable);

    @Query("select v from Visit v join fetch v.business left join fetch v.template where v.id = :id")
    Optional<Visit> findWithBusiness(Long id);

    @Query("""
            select v from Visit v join fetch v.business where v.business.id = :businessId
            and v.status <> org.groundwork.visit.VisitStatus.CANCELLED
            and v.visitDate between :from and :to order by v.visitDate desc""")
    List<Visit> contactsAround(Long businessId, LocalDate from, LocalDate to);

    @Query("""
            select v from Visit v join fetch v.business where v.business.id = :businessId
            order by v.visitDate desc, v.id desc""")
    List<Visit> forBusiness(Long businessId, Pageable pageable);

    long countByBusinessId(Long businessId);

    @Query("select count(v) from Visit v where :organizationId member of v.organizationIds")
    long countNamingOrganization(Long organizationId);

    /** Visits whose template version holds answers or a completed write-up: editing it makes a new version. */
    @Query("""
            select count(v) from Visit v where v.template.id = :templateId
            and (v.status = org.groundwork.visit.VisitStatus.COMPLETED
                 or exists (select a.id from VisitAnswer a where a.visit = v))""")
    long countUsingTemplate(Long templateId);

    /** Planned visits not yet started on an old template version, which move to the newer one. */
    @Query("""
            select v from Visit v where v.template.id = :templateId
            and v.status = org.groundwork.visit.VisitStatus.PLANNED
            and not exists (select a.id from VisitAnswer a where a.visit = v)""")
    List<Visit> unstartedOnTemplate(Long templateId);

    @Query("""
            select v from Visit v where v.interaction = false
            and v.status <> org.groundwork.visit.VisitStatus.CANCELLED
            and v.visitDate between :from and :to order by v.visitDate, v.id""")
    List<Visit> visitsBetween(LocalDate from, LocalDate to);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Visit v set v.business = :survivor where v.business.id = :mergedId")
    int moveVisits(Business survivor, Long mergedId);
}
