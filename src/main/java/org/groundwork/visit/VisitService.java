package org.groundwork.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DefaultSort;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.interview.InterviewTemplate;
import org.groundwork.visit.interview.InterviewTemplateService;
import org.groundwork.visit.tally.VisitTally;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning visits, logging calls, emails and events, and reading visits back for lists, the calendar and the
 * business page. Writing up a visit (answers, notes, completing) is {@link InterviewService}'s job.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class VisitService implements VisitWriteUps {

    /** Why a call, email or event can't be logged on a date still to come. */
    public static final String FUTURE_INTERACTION =
            "That date is in the future. Log a call, email or event once it has happened.";

    /** How far back "someone visited recently" looks. */
    public static final int RECENT_DAYS = 90;

    private final VisitRepository visits;
    private final BusinessService businesses;
    private final InterviewTemplateService templates;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final VisitTally tally;
    private final Clock clock;

    public Visit plan(VisitPlan plan) {
        Business business = requireBusiness(plan.businessId());
        require(plan.date() != null, "visitDate", "Choose the date of the visit.");
        require(plan.channel() != null, "channel", "Choose how you will meet them.");
        require(plan.leadStaffId() != null, "leadStaffId", "Choose who leads the visit.");
        InterviewTemplate template = plan.templateId() == null ? templates.defaultTemplate()
                : templates.get(plan.templateId());
        Visit visit = new Visit(business, template, false);
        visit.setVisitDate(plan.date());
        visit.setStartTime(plan.time());
        visit.setChannel(plan.channel());
        visit.setLeadStaffId(plan.leadStaffId());
        visit.setStaffIds(without(plan.staffIds(), plan.leadStaffId()));
        visit.setOrganizationIds(plan.organizationIds());
        visit.setPurpose(plan.purpose());
        return visits.saveAndFlush(visit);
    }

    /** Logs a call, email or event as a completed interaction (no interview) and counts it as a contact. */
    public Visit logInteraction(InteractionLog log) {
        Business business = requireBusiness(log.businessId());
        require(log.date() != null, "visitDate", "Choose the date.");
        require(!log.date().isAfter(LocalDate.now(clock)), "visitDate", FUTURE_INTERACTION);
        require(log.channel() != null, "channel", "Choose the kind of contact.");
        require(log.staffId() != null, "leadStaffId", "Choose who was in touch.");
        require(log.notes() != null && !log.notes().isBlank(), "notes", "Add a short note on what was said.");
        Visit visit = new Visit(business, null, true);
        visit.setVisitDate(log.date());
        visit.setChannel(log.channel());
        visit.setLeadStaffId(log.staffId());
        visit.setNotes(log.notes());
        visit.setDurationHours(log.durationHours());
        visit.complete(clock.instant());
        tally.lockBusiness(business.getId());
        Visit saved = visits.saveAndFlush(visit);
        tally.refresh(List.of(business.getId()));
        events.publishEvent(new VisitCompleted(saved.getId(), business.getId(), saved.getVisitDate(),
                saved.getCompletedAt(), saved.getLeadStaffId(), null, List.of()));
        businesses.recordContact(business.getId(), saved.getVisitDate());
        return saved;
    }

    /** The visit with its business, staff and organizations loaded, ready for a form. */
    @Transactional(readOnly = true)
    public Visit get(Long id) {
        Visit visit = visits.findWithBusiness(id)
                .orElseThrow(() -> new RuleViolationException("That visit no longer exists."));
        visit.getStaffIds().size();
        visit.getOrganizationIds().size();
        return visit;
    }

    /**
     * Visits and contacts with the business within {@link #RECENT_DAYS} days either side of {@code date}
     * (cancelled ones aside), newest first, so a planner sees who was or will be there.
     */
    @Transactional(readOnly = true)
    public List<RecentContact> recentContacts(Long businessId, LocalDate date, Long exceptVisitId) {
        List<Visit> found = visits.contactsAround(businessId, date.minusDays(RECENT_DAYS),
                date.plusDays(RECENT_DAYS)).stream().filter(v -> !v.getId().equals(exceptVisitId)).toList();
        Map<Long, String> names = staff.namesOf(found.stream().map(Visit::getLeadStaffId).toList());
        return found.stream().map(v -> new RecentContact(v.getId(), v.getVisitDate(), v.getChannel(),
                v.getStatus(), names.getOrDefault(v.getLeadStaffId(), "Someone"))).toList();
    }

    @Transactional(readOnly = true)
    public List<VisitRow> search(VisitFilter filter, Pageable pageable) {
        Pageable sorted = DefaultSort.unlessSorted(pageable, Sort.by(Sort.Direction.DESC, "visitDate", "id"));
        return rows(visits.findAll(VisitSpecifications.matching(filter), sorted).getContent());
    }

    @Transactional(readOnly = true)
    public long count(VisitFilter filter) {
        return visits.count(VisitSpecifications.matching(filter));
    }

    /** A business's visits and interactions, newest first. */
    @Transactional(readOnly = true)
    public List<VisitRow> forBusiness(Long businessId, Pageable pageable) {
        return rows(visits.forBusiness(businessId, pageable));
    }

    @Transactional(readOnly = true)
    public long countForBusiness(Long businessId) {
        return visits.countByBusinessId(businessId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VisitWriteUp> between(LocalDate from, LocalDate to) {
        return visits.visitsBetween(from, to).stream().filter(v -> !v.getVisitDate().isAfter(LocalDate.now(clock)))
                .map(v -> new VisitWriteUp(v.getId(), v.getLeadStaffId(), v.getVisitDate(), v.getCompletedAt()))
                .toList();
    }

    /** The signed-in person's staff id, for "my visits" and as the default lead of a new visit. */
    @Transactional(readOnly = true)
    public Long myStaffId() {
        return currentUser.username().flatMap(staff::findByUsername).map(StaffMember::id).orElse(null);
    }

    List<VisitRow> rows(List<Visit> page) {
        Map<Long, String> names = staff.namesOf(page.stream().map(Visit::getLeadStaffId).toList());
        return page.stream().map(v -> new VisitRow(v.getId(), v.getBusiness().getId(),
                v.getBusiness().getDisplayName(), v.getVisitDate(), v.getStartTime(), v.getChannel(), v.getStatus(),
                v.isInteraction(), names.getOrDefault(v.getLeadStaffId(), "—"),
                v.isInteraction() ? v.getNotes() : v.getPurpose())).toList();
    }

    private Business requireBusiness(Long id) {
        require(id != null, "business", "Choose the business.");
        return businesses.get(id);
    }

    private static Set<Long> without(Set<Long> ids, Long lead) {
        return ids.stream().filter(id -> !id.equals(lead)).collect(Collectors.toSet());
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new RuleViolationException(field, message);
        }
    }
}
