package org.groundwork.visit.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-ups owed to businesses: created from a visit, a flag or the business, acknowledged, then closed. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class FollowUpService {

    /** A partner user acting for their own organization (the {@code organizationId} argument). */
    static final String OWN_ORGANIZATION = "hasRole('STAKEHOLDER') and #organizationId != null "
            + "and #organizationId == principal.organizationId";
    static final String NO_OWNER = "Choose who owns this follow-up: a staff member or a partner organization.";
    static final String TWO_OWNERS = "A follow-up has one owner: a staff member or a partner organization, "
            + "not both.";

    private final FollowUpRepository followUps;
    private final BusinessService businesses;
    private final PartnerOrganizationService organizations;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The signed-in person's staff id, for "my follow-ups". */
    @Transactional(readOnly = true)
    public Long myStaffId() {
        return staff.findByUsername(currentUser.requireUsername()).map(StaffMember::id)
                .orElseThrow(() -> new RuleViolationException("Only staff members own follow-ups."));
    }

    @Transactional(readOnly = true)
    public List<FollowUpRow> ownedBy(Long staffId, boolean includeClosed, Pageable pageable) {
        return rows(followUps.ownedBy(staffId, statuses(includeClosed), pageable).getContent());
    }

    @Transactional(readOnly = true)
    public long countOwnedBy(Long staffId, boolean includeClosed) {
        return followUps.ownedBy(staffId, statuses(includeClosed), PageRequest.of(0, 1)).getTotalElements();
    }

    /** The person's open follow-ups due before today, the "overdue follow-ups" of the staff dashboard. */
    @Transactional(readOnly = true)
    public List<FollowUpRow> overdueOwnedBy(Long staffId, Pageable pageable) {
        return rows(followUps.overdueOwnedBy(staffId, FollowUpStatus.ACTIVE, LocalDate.now(clock), pageable)
                .getContent());
    }

    @Transactional(readOnly = true)
    public long countOverdueOwnedBy(Long staffId) {
        return followUps.overdueOwnedBy(staffId, FollowUpStatus.ACTIVE, LocalDate.now(clock), PageRequest.of(0, 1))
                .getTotalElements();
    }

    @Transactional(readOnly = true)
    public List<FollowUpRow> ofBusiness(Long businessId, Pageable pageable) {
        return rows(followUps.ofBusiness(businessId, pageable).getContent());
    }

    @Transactional(readOnly = true)
    public long countOfBusiness(Long businessId) {
        return followUps.countByBusinessId(businessId);
    }

    @Transactional(readOnly = true)
    public FollowUp get(Long id) {
        return followUps.findById(id)
                .orElseThrow(() -> new RuleViolationException("That follow-up no longer exists."));
    }

    public FollowUp create(FollowUp followUp) {
        checkOwner(followUp);
        Business business = businesses.get(followUp.getBusiness().getId());
        FollowUp fresh = new FollowUp(business, followUp.getVisitId(), followUp.getFlagId());
        fresh.setDescription(followUp.getDescription());
        fresh.setDueDate(followUp.getDueDate());
        fresh.setOwnerStaffId(followUp.getOwnerStaffId());
        fresh.setOwnerOrganization(followUp.getOwnerOrganization() == null ? null
                : organizations.get(followUp.getOwnerOrganization().getId()));
        fresh.requested(clock.instant());
        FollowUp saved = followUps.saveAndFlush(fresh);
        announceOrganizationOwner(saved, null);
        return saved;
    }

    /** Saves changes to what, owner and due date; refused if someone else changed it meanwhile. */
    public FollowUp update(FollowUp followUp) {
        checkOwner(followUp);
        FollowUp stored = get(followUp.getId());
        stored.requireVersion(followUp.getVersion());
        if (stored.getStatus().isClosed()) {
            throw new RuleViolationException("This follow-up is closed; it can't be changed any more.");
        }
        Long previousOrganization = stored.getOwnerOrganization() == null ? null
                : stored.getOwnerOrganization().getId();
        FollowUp saved = followUps.saveAndFlush(followUp);
        announceOrganizationOwner(saved, previousOrganization);
        return saved;
    }

    /**
     * Follow-ups a partner organization owns, for its own partner users only: the method-security rule checks the
     * organization asked for is the signed-in partner's own. (The access filter calls this for the portal.)
     */
    @PreAuthorize(OWN_ORGANIZATION)
    @Transactional(readOnly = true)
    public List<FollowUp> ownedByOrganization(Long organizationId, boolean includeClosed, Pageable pageable) {
        return followUps.ownedByOrganization(organizationId, statuses(includeClosed), pageable).getContent();
    }

    @PreAuthorize(OWN_ORGANIZATION)
    @Transactional(readOnly = true)
    public long countOwnedByOrganization(Long organizationId, boolean includeClosed) {
        return followUps.ownedByOrganization(organizationId, statuses(includeClosed), PageRequest.of(0, 1))
                .getTotalElements();
    }

    @PreAuthorize(OWN_ORGANIZATION)
    public FollowUp acknowledgeForOrganization(Long organizationId, Long id, long expectedVersion) {
        ownedBy(organizationId, id);
        return acknowledge(id, expectedVersion);
    }

    @PreAuthorize(OWN_ORGANIZATION)
    public FollowUp closeForOrganization(Long organizationId, Long id, long expectedVersion, FollowUpStatus closedAs,
                                         String outcome) {
        ownedBy(organizationId, id);
        return close(id, expectedVersion, closedAs, outcome);
    }

    public FollowUp acknowledge(Long id, long expectedVersion) {
        FollowUp followUp = current(id, expectedVersion);
        if (followUp.getStatus() != FollowUpStatus.OPEN) {
            throw new RuleViolationException("Only an open follow-up can be acknowledged.");
        }
        followUp.acknowledge(clock.instant());
        return followUps.saveAndFlush(followUp);
    }

    /** Closes as done or cancelled; the outcome (what came of it, or why it was dropped) is required. */
    public FollowUp close(Long id, long expectedVersion, FollowUpStatus closedAs, String outcome) {
        if (closedAs == null || !closedAs.isClosed()) {
            throw new RuleViolationException("status", "Choose whether it was done or cancelled.");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new RuleViolationException("outcome", "Say what came of it before closing the follow-up.");
        }
        FollowUp followUp = current(id, expectedVersion);
        if (followUp.getStatus().isClosed()) {
            throw new RuleViolationException("This follow-up is already closed.");
        }
        followUp.close(closedAs, outcome.trim(), clock.instant());
        return followUps.saveAndFlush(followUp);
    }

    /** Follow-ups asked for between two dates (inclusive), for service-standard measures. */
    @Transactional(readOnly = true)
    public List<FollowUpTimes> requestedBetween(LocalDate from, LocalDate to, ZoneId zone) {
        List<FollowUp> found = followUps.requestedBetween(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        return rows(found).stream().map(row -> new FollowUpTimes(row.followUp().getId(), row.ownerName(),
                row.followUp().getOwnerStaffId(), row.followUp().getOwnerOrganization() == null ? null
                        : row.followUp().getOwnerOrganization().getId(),
                row.followUp().getRequestedAt(), row.followUp().getAcknowledgedAt(), row.followUp().getClosedAt(),
                row.followUp().getStatus())).toList();
    }

    @Transactional(readOnly = true)
    public List<FollowUp> newestOf(Long businessId, int limit) {
        return followUps.newestOf(businessId, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public long countOwnedByOrganization(Long organizationId) {
        return followUps.countByOwnerOrganizationId(organizationId);
    }

    public void moveAll(Long mergedId, Long survivorId) {
        Business survivor = businesses.get(survivorId);
        List<FollowUp> moved = followUps.findByBusinessId(mergedId);
        moved.forEach(followUp -> followUp.moveTo(survivor));
        followUps.saveAllAndFlush(moved);
    }

    /** The owner's name for each follow-up, looking staff names up once per page. */
    @Transactional(readOnly = true)
    public List<FollowUpRow> rows(List<FollowUp> page) {
        Map<Long, String> names = staff.namesOf(page.stream().map(FollowUp::getOwnerStaffId).toList());
        return page.stream().map(f -> new FollowUpRow(f, f.getOwnerOrganization() != null
                ? f.getOwnerOrganization().getName() : names.getOrDefault(f.getOwnerStaffId(), "—"))).toList();
    }

    private void ownedBy(Long organizationId, Long id) {
        followUps.findById(id).filter(f -> f.getOwnerOrganization() != null
                        && f.getOwnerOrganization().getId().equals(organizationId))
                .orElseThrow(() -> new RuleViolationException("That follow-up doesn't exist or isn't yours."));
    }

    private void announceOrganizationOwner(FollowUp followUp, Long previousOrganization) {
        if (followUp.getOwnerOrganization() != null
                && !followUp.getOwnerOrganization().getId().equals(previousOrganization)) {
            events.publishEvent(new FollowUpAssigned(followUp.getId(), followUp.getOwnerOrganization().getId()));
        }
    }

    private FollowUp current(Long id, long expectedVersion) {
        FollowUp followUp = get(id);
        followUp.requireVersion(expectedVersion);
        return followUp;
    }

    private static void checkOwner(FollowUp followUp) {
        boolean hasStaff = followUp.getOwnerStaffId() != null;
        boolean hasOrganization = followUp.getOwnerOrganization() != null;
        if (!hasStaff && !hasOrganization) {
            throw new RuleViolationException("owner", NO_OWNER);
        }
        if (hasStaff && hasOrganization) {
            throw new RuleViolationException("owner", TWO_OWNERS);
        }
    }

    private static Collection<FollowUpStatus> statuses(boolean includeClosed) {
        return includeClosed ? List.of(FollowUpStatus.values()) : FollowUpStatus.ACTIVE;
    }
}
