package org.groundwork.business;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.groundwork.base.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Folds a duplicate business into the one that survives: contacts and employee history move over, blank fields
 * are filled from the duplicate, tags are united, other features move their records on {@link BusinessesMerged},
 * and the duplicate is archived (not deleted), so nothing is lost. Called only by {@link BusinessService#merge}.
 */
@Component
@RequiredArgsConstructor
class BusinessMerger {

    private final BusinessRepository businesses;
    private final ContactRepository contacts;
    private final EmployeeCountRepository employeeCounts;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Clock clock;

    void merge(Business survivor, Business merged) {
        if (survivor.getId().equals(merged.getId())) {
            throw new RuleViolationException("A business can't be merged into itself: pick the duplicate.");
        }
        if (survivor.isArchived()) {
            throw new RuleViolationException("Restore " + survivor.getDisplayName() + " before merging into it.");
        }
        moveExternalId(survivor, merged);
        boolean survivorHasPrimary = !contacts.findByBusinessIdAndPrimaryTrue(survivor.getId()).isEmpty();
        List<Contact> movedContacts = contacts.findByBusinessIdOrderByPrimaryDescFullNameAsc(merged.getId());
        movedContacts.forEach(contact -> {
            contact.moveTo(survivor);
            contact.setPrimary(contact.isPrimary() && !survivorHasPrimary);
        });
        List<EmployeeCount> movedCounts = employeeCounts.findByBusinessIdOrderByAsOfDescIdDesc(merged.getId());
        movedCounts.forEach(count -> count.moveTo(survivor));
        fillBlanks(survivor, merged);
        survivor.getTags().addAll(merged.getTags());
        businesses.saveAndFlush(survivor);
        // Derived figures are never written by saving the entity; targeted updates move them (and clear the context).
        if (merged.getLastContactDate() != null) {
            businesses.updateLastContact(survivor.getId(), merged.getLastContactDate());
        }
        employeeCounts.findFirstByBusinessIdOrderByAsOfDescIdDesc(survivor.getId())
                .ifPresent(latest -> businesses.updateCurrentEmployees(survivor.getId(), latest.getEmployees()));
        String details = "Merged " + merged.getDisplayName() + " (#" + merged.getId() + ") into "
                + survivor.getDisplayName() + " (#" + survivor.getId() + "): " + movedContacts.size()
                + " contacts and " + movedCounts.size() + " employee counts moved; the duplicate was archived.";
        // Listeners may bulk-update and clear the persistence context, so the duplicate is loaded afresh after.
        events.publishEvent(new BusinessesMerged(survivor.getId(), merged.getId()));
        Business duplicate = businesses.findById(merged.getId()).orElseThrow();
        duplicate.archive(clock.instant());
        businesses.saveAndFlush(duplicate);
        audit.record(AuditAction.MERGE, "Business", survivor.getId(), details);
        audit.record(AuditAction.MERGE, "Business", merged.getId(), details);
    }

    /** An external id is unique: where the survivor has none, it moves from the duplicate rather than being copied. */
    private void moveExternalId(Business survivor, Business merged) {
        String externalId = merged.getExternalId();
        if (survivor.getExternalId() == null && externalId != null) {
            merged.setExternalId(null);
            businesses.saveAndFlush(merged);
            survivor.setExternalId(externalId);
        }
    }

    /** Fields the survivor leaves empty take the duplicate's value; consent to be named is never copied. */
    private static void fillBlanks(Business survivor, Business merged) {
        fill(survivor, merged, Business::getTradeName, survivor::setTradeName);
        fill(survivor, merged, Business::getNaicsCode, survivor::setNaicsCode);
        fill(survivor, merged, Business::getSector, survivor::setSector);
        fill(survivor, merged, Business::getStreet, survivor::setStreet);
        fill(survivor, merged, Business::getCity, survivor::setCity);
        fill(survivor, merged, Business::getRegion, survivor::setRegion);
        fill(survivor, merged, Business::getPostalCode, survivor::setPostalCode);
        fill(survivor, merged, Business::getPhone, survivor::setPhone);
        fill(survivor, merged, Business::getWebsite, survivor::setWebsite);
        fill(survivor, merged, Business::getOwnershipType, survivor::setOwnershipType);
        fill(survivor, merged, Business::getLeaseExpiry, survivor::setLeaseExpiry);
        fill(survivor, merged, Business::getYearEstablished, survivor::setYearEstablished);
        fill(survivor, merged, Business::getTier, survivor::setTier);
        fill(survivor, merged, Business::getOwnerId, survivor::setOwnerId);
        fill(survivor, merged, Business::getStateBusinessId, survivor::setStateBusinessId);
        fill(survivor, merged, Business::getNotes, survivor::setNotes);
        if (survivor.getLocalOwnership() == LocalOwnership.UNKNOWN) {
            survivor.setLocalOwnership(merged.getLocalOwnership());
        }
        if (survivor.getFacilityTenure() == FacilityTenure.UNKNOWN) {
            survivor.setFacilityTenure(merged.getFacilityTenure());
        }
        if (!survivor.isKeyCompany() && merged.isKeyCompany()) {
            survivor.setKeyCompany(true);
            survivor.setKeyCompanyReason(merged.getKeyCompanyReason());
        }
    }

    private static <T> void fill(Business survivor, Business merged, Function<Business, T> field, Consumer<T> set) {
        if (field.apply(survivor) == null && field.apply(merged) != null) {
            set.accept(field.apply(merged));
        }
    }
}
