package org.groundwork.business;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
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
        LocalDate lastContact = merged.getFigures().getLastContactDate();
        if (lastContact != null) {
            businesses.updateLastContact(survivor.getId(), lastContact);
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
        fill(survivor, merged, Business::getTradeName, Business::setTradeName);
        fill(survivor, merged, Business::getNaicsCode, Business::setNaicsCode);
        fill(survivor, merged, Business::getSector, Business::setSector);
        fill(survivor.getAddress(), merged.getAddress(), Address::getStreet, Address::setStreet);
        fill(survivor.getAddress(), merged.getAddress(), Address::getCity, Address::setCity);
        fill(survivor.getAddress(), merged.getAddress(), Address::getRegion, Address::setRegion);
        fill(survivor.getAddress(), merged.getAddress(), Address::getPostalCode, Address::setPostalCode);
        fill(survivor, merged, Business::getPhone, Business::setPhone);
        fill(survivor, merged, Business::getWebsite, Business::setWebsite);
        fill(survivor, merged, Business::getOwnershipType, Business::setOwnershipType);
        fill(survivor.getFacility(), merged.getFacility(), Facility::getLeaseExpiry, Facility::setLeaseExpiry);
        fill(survivor, merged, Business::getYearEstablished, Business::setYearEstablished);
        fill(survivor.getTargeting(), merged.getTargeting(), Targeting::getTier, Targeting::setTier);
        fill(survivor, merged, Business::getOwnerId, Business::setOwnerId);
        fill(survivor, merged, Business::getStateBusinessId, Business::setStateBusinessId);
        fill(survivor, merged, Business::getNotes, Business::setNotes);
        if (survivor.getLocalOwnership() == LocalOwnership.UNKNOWN) {
            survivor.setLocalOwnership(merged.getLocalOwnership());
        }
        if (survivor.getFacility().getTenure() == FacilityTenure.UNKNOWN) {
            survivor.getFacility().setTenure(merged.getFacility().getTenure());
        }
        Targeting targeting = survivor.getTargeting();
        if (!targeting.isKeyCompany() && merged.getTargeting().isKeyCompany()) {
            targeting.setKeyCompany(true);
            targeting.setKeyCompanyReason(merged.getTargeting().getKeyCompanyReason());
        }
    }

    private static <P, T> void fill(P survivor, P merged, Function<P, T> field, BiConsumer<P, T> set) {
        if (field.apply(survivor) == null && field.apply(merged) != null) {
            set.accept(survivor, field.apply(merged));
        }
    }
}
