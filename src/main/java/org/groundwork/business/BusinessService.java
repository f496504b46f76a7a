package org.groundwork.business;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.AuditEvent;
import org.groundwork.base.AuditService;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.hibernate.Hibernate;
import org.groundwork.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business records for everyone inside the EDO. Other features read businesses here and report derived facts
 * back (risk level, last contact, employee counts); they never touch the repositories.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class BusinessService {

    private static final int MAX_DUPLICATES = 10;

    private final BusinessRepository businesses;
    private final EmployeeCountRepository employeeCounts;
    private final ContactRepository contacts;
    private final BusinessMerger merger;
    private final ObjectProvider<BusinessReferences> references;
    private final AuditService audit;
    private final Clock clock;
    private final BusinessPages pages;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public Optional<Business> find(Long id) {
        return businesses.findById(id).map(BusinessService::withTags);
    }

    @Transactional(readOnly = true)
    public Business get(Long id) {
        return find(id).orElseThrow(() -> new RuleViolationException("That business no longer exists."));
    }

    /** One page of the grid; ids first, then rows (see {@link BusinessPages}), so deep pages stay fast. */
    @Transactional(readOnly = true)
    public List<Business> search(BusinessFilter filter, Pageable pageable) {
        if (pageable.isUnpaged()) {
            return businesses.findAll(BusinessSpecifications.matching(filter), pageable.getSort());
        }
        return pages.page(filter, pageable.getSort(), pageable.getOffset(), pageable.getPageSize());
    }

    @Transactional(readOnly = true)
    public long count(BusinessFilter filter) {
        return businesses.count(BusinessSpecifications.matching(filter));
    }

    /** Creates or updates; an update fails with a conflict if someone else saved the business meanwhile. */
    public Business save(Business business) {
        Targeting targeting = business.getTargeting();
        if (targeting.isKeyCompany() && targeting.getKeyCompanyReason() == null) {
            throw new RuleViolationException("keyCompanyReason", "Say why this is a key company.");
        }
        boolean consentBefore = false;
        if (!business.isNew()) {
            Business stored = get(business.getId());
            if (stored.getVersion() != business.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Business.class, business.getId());
            }
            consentBefore = stored.isConsentToName();
        }
        if (business.isConsentToName() != consentBefore) {
            business.consentRecorded(currentUser.username().orElse("system"), clock.instant());
        }
        Business saved = businesses.saveAndFlush(business);
        // The form's copy carries the figures as they were when it opened; the database has the current ones.
        entityManager.refresh(saved);
        changed(saved.getId());
        return withTags(saved);
    }

    /** Tells the features that keep figures per business class, once the changes are in the database. */
    private void changed(Long... ids) {
        businesses.flush();
        events.publishEvent(BusinessesChanged.of(List.of(ids)));
    }

    /** A single business is shown and edited with its tags, so they are loaded while the session is open. */
    private static Business withTags(Business business) {
        Hibernate.initialize(business.getTags());
        return business;
    }

    /** Soft delete: the business leaves lists and searches but keeps its history and can be restored. */
    public void archive(Long id) {
        get(id).archive(clock.instant());
        changed(id);
    }

    public void restore(Long id) {
        get(id).restore();
        changed(id);
    }

    /**
     * Likely duplicates of a business being created or imported: other businesses (not archived) with the same
     * normalized name, phone digits, website host or street and postal code. At most ten, by name.
     */
    @Transactional(readOnly = true)
    public List<Business> likelyDuplicates(Business candidate) {
        return businesses.findLikelyDuplicates(candidate.getId(), BusinessNames.normalize(candidate.getLegalName()),
                candidate.getSearchKeys().getPhoneDigits(), candidate.getSearchKeys().getWebsiteHost(),
                candidate.getAddress().getKey(),
                PageRequest.of(0, MAX_DUPLICATES));
    }

    /**
     * Merges a duplicate into the surviving business (see {@link BusinessMerger}): contacts and employee history
     * move, blanks are filled, tags united, {@link BusinessesMerged} published, the duplicate archived, audited.
     */
    public Business merge(Long survivorId, Long mergedId) {
        merger.merge(get(survivorId), get(mergedId));
        changed(survivorId, mergedId);
        return get(survivorId);
    }

    /**
     * Adds a new entry's details to a business already on file instead of creating a second record: the entry is
     * created and merged into it in one transaction, so the merge is audited like any other.
     */
    public Business addToExisting(Long existingId, Business newEntry) {
        return merge(existingId, save(newEntry).getId());
    }

    /** Why the business must be kept, one sentence per feature holding its records; empty if it may be deleted. */
    @Transactional(readOnly = true)
    public List<String> reasonsToKeep(Long businessId) {
        return references.orderedStream().flatMap(r -> r.reasonToKeep(businessId).stream()).toList();
    }

    /** Removes a business for good: admins only, and only when no feature holds records of it. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void delete(Long businessId) {
        Business business = get(businessId);
        List<String> reasons = reasonsToKeep(businessId);
        if (!reasons.isEmpty()) {
            throw new RuleViolationException(String.join(" ", reasons) + " Archive it instead.");
        }
        contacts.deleteAll(contacts.findByBusinessIdOrderByPrimaryDescFullNameAsc(businessId));
        employeeCounts.deleteAll(employeeCounts.findByBusinessIdOrderByAsOfDescIdDesc(businessId));
        businesses.delete(business);
        businesses.flush();
        changed(businessId);
    }

    /** What changed on the business, its contacts and its employee counts, newest first, from the audit trail. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> changeHistory(Long businessId, Pageable pageable) {
        return audit.historyOf(Map.of(
                "Business", List.of(businessId),
                "Contact", contacts.findByBusinessIdOrderByPrimaryDescFullNameAsc(businessId).stream()
                        .map(Contact::getId).toList(),
                "EmployeeCount", employeeHistory(businessId).stream().map(EmployeeCount::getId).toList()),
                pageable);
    }

    /** Records a dated employee count; the newest one becomes the business's current count. */
    public EmployeeCount recordEmployees(Long businessId, LocalDate asOf, int employees, String source) {
        if (employees < 0) {
            throw new RuleViolationException("employees", "Employees can't be negative.");
        }
        EmployeeCount saved = employeeCounts.save(new EmployeeCount(get(businessId), asOf, employees, source));
        employeeCounts.flush();
        employeeCounts.findFirstByBusinessIdOrderByAsOfDescIdDesc(businessId)
                .ifPresent(latest -> businesses.updateCurrentEmployees(businessId, latest.getEmployees()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<EmployeeCount> employeeHistory(Long businessId) {
        return employeeCounts.findByBusinessIdOrderByAsOfDescIdDesc(businessId);
    }

    /**
     * The visit module reports a business's open flags here whenever they change; the counts and the risk level
     * they imply are kept on the business so grids and issue heat can use them without joining the flags.
     */
    public void recordOpenFlags(Long businessId, int openRed, int openYellow) {
        businesses.updateOpenFlags(businessId, openRed, openYellow, RiskLevel.of(openRed, openYellow));
    }

    /** The visit module reports each completed contact here; only a later date moves the last contact. */
    public void recordContact(Long businessId, LocalDate date) {
        businesses.updateLastContact(businessId, date);
    }
}
