package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditEvent;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
@SignedInAs(username = "business-service-staff", roles = Role.STAFF)
class BusinessServiceTest {

    @Autowired
    BusinessService service;
    @Autowired
    ContactService contacts;
    @Autowired
    TargetListService targets;
    @Autowired
    BusinessTimeline timeline;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestBusinessSupport.HeldRecords heldRecords;
    @Autowired
    TestBusinessSupport.RecordedMerges merges;

    private final String name = "Svc " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aKeyCompanyNeedsAReason() {
        Business business = business(name);
        business.getTargeting().setKeyCompany(true);
        assertThatThrownBy(() -> service.save(business)).isInstanceOf(RuleViolationException.class)
                .extracting("field").isEqualTo("keyCompanyReason");
        business.getTargeting().setKeyCompanyReason("Largest private employer in town");
        assertThat(service.save(business).getTargeting().isKeyCompany()).isTrue();
    }

    @Test
    void aBusinessWithContactsAlwaysHasExactlyOnePrimary() {
        Business saved = service.save(business(name));
        Contact first = contacts.save(contact(saved, "Ada First", false));
        assertThat(first.isPrimary()).as("the first contact becomes primary").isTrue();
        Contact second = contacts.save(contact(saved, "Ben Second", true));
        assertThat(contacts.contactsOf(saved.getId())).filteredOn(Contact::isPrimary)
                .extracting(Contact::getFullName).containsExactly("Ben Second");

        second.setPrimary(false);
        assertThatThrownBy(() -> contacts.save(second)).isInstanceOf(RuleViolationException.class)
                .extracting("field").isEqualTo("primary");

        contacts.delete(second.getId());
        assertThat(contacts.contactsOf(saved.getId())).singleElement()
                .satisfies(c -> assertThat(c.isPrimary()).isTrue());
    }

    @Test
    void likelyDuplicatesMatchOnNamePhoneWebsiteOrAddress() {
        Business byName = business(name + " Tool & Die, LLC");
        Business byPhone = business(name + " Phone Co");
        byPhone.setPhone("+1 (206) 555-0142");
        Business byWebsite = business(name + " Web");
        byWebsite.setWebsite("https://www." + name.replace(" ", "").toLowerCase() + ".example/about");
        Business byAddress = business(name + " Address");
        byAddress.getAddress().setStreet("1200 North Harbor Avenue");
        byAddress.getAddress().setPostalCode("98101-4411");
        Business unrelated = business(name + " Unrelated");
        unrelated.setPhone("206 555 9999");
        Set.of(byName, byPhone, byWebsite, byAddress, unrelated).forEach(service::save);

        Business candidate = business(name + " tool and die");
        candidate.setPhone("206.555.0142");
        candidate.setWebsite(name.replace(" ", "").toLowerCase() + ".example");
        candidate.getAddress().setStreet("1200 N Harbor Ave");
        candidate.getAddress().setPostalCode("98101");
        assertThat(service.likelyDuplicates(candidate)).extracting(Business::getLegalName).containsExactlyInAnyOrder(
                name + " Tool & Die, LLC", name + " Phone Co", name + " Web", name + " Address");
    }

    @Test
    void mergeMovesContactsAndHistoryFillsBlanksUnitesTagsAndIsAudited() {
        Business survivor = business(name + " Survivor");
        survivor.setTags(Set.of("exporter"));
        survivor = service.save(survivor);
        contacts.save(contact(survivor, "Sue Survivor", true));
        service.recordEmployees(survivor.getId(), LocalDate.of(2024, 1, 1), 40, "import");
        Business duplicate = business(name + " Duplicate");
        duplicate.setPhone("206-555-0177");
        duplicate.setNaicsCode("332710");
        duplicate.setTags(Set.of("family-owned"));
        duplicate = service.save(duplicate);
        contacts.save(contact(duplicate, "Dan Duplicate", true));
        service.recordEmployees(duplicate.getId(), LocalDate.of(2026, 1, 1), 52, "visit");

        Business merged = service.merge(survivor.getId(), duplicate.getId());

        assertThat(merged.getLegalName()).isEqualTo(name + " Survivor");
        assertThat(merged.getPhone()).isEqualTo("206-555-0177");
        assertThat(merged.getSector()).isEqualTo(Sector.MANUFACTURING);
        assertThat(merged.getTags()).containsExactlyInAnyOrder("exporter", "family-owned");
        assertThat(merged.getFigures().getCurrentEmployees()).isEqualTo(52);
        assertThat(contacts.contactsOf(survivor.getId())).extracting(Contact::getFullName, Contact::isPrimary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sue Survivor", true),
                        org.assertj.core.groups.Tuple.tuple("Dan Duplicate", false));
        assertThat(service.employeeHistory(survivor.getId())).hasSize(2);
        assertThat(service.get(duplicate.getId()).isArchived()).isTrue();
        assertThat(merges.all()).contains(new BusinessesMerged(survivor.getId(), duplicate.getId()));
        assertThat(service.changeHistory(survivor.getId(), PageRequest.of(0, 50)).getContent())
                .extracting(AuditEvent::getAction).contains(AuditAction.MERGE);
    }

    @Test
    void aMergeMovesTheExternalIdWhichStaysUnique() {
        Business survivor = service.save(business(name + " Keeper"));
        Business duplicate = business(name + " Copy");
        String externalId = "X" + System.nanoTime();
        duplicate.setExternalId(externalId);
        duplicate = service.save(duplicate);

        assertThat(service.merge(survivor.getId(), duplicate.getId()).getExternalId()).isEqualTo(externalId);
        assertThat(service.get(duplicate.getId()).getExternalId()).isNull();
    }

    @Test
    void aBusinessCannotBeMergedIntoItself() {
        Business saved = service.save(business(name));
        assertThatThrownBy(() -> service.merge(saved.getId(), saved.getId()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyAnAdminDeletesAndOnlyWhenNoFeatureHoldsRecords() {
        Business free = service.save(business(name + " Free"));
        contacts.save(contact(free, "Fay Free", true));
        Business held = service.save(business(name + " Held"));
        heldRecords.hold(held.getId());

        assertThatThrownBy(() -> service.delete(free.getId())).isInstanceOf(AccessDeniedException.class);

        accounts.signIn("business-service-admin", Role.ADMIN);
        assertThatThrownBy(() -> service.delete(held.getId())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("It has 2 visits.").hasMessageContaining("Archive it instead");
        assertThat(service.find(held.getId())).isPresent();

        service.delete(free.getId());
        assertThat(service.find(free.getId())).isEmpty();
    }

    @Test
    void changeHistoryCoversTheBusinessItsContactsAndEmployeeCounts() {
        Business saved = service.save(business(name));
        Contact contact = contacts.save(contact(saved, "Hal History", true));
        EmployeeCount count = service.recordEmployees(saved.getId(), LocalDate.of(2025, 5, 1), 12, "visit");
        Business loaded = service.get(saved.getId());
        loaded.getAddress().setCity("Riverton");
        service.save(loaded);

        assertThat(service.changeHistory(saved.getId(), PageRequest.of(0, 50)).getContent())
                .extracting(AuditEvent::getEntityType, AuditEvent::getEntityId)
                .contains(org.assertj.core.groups.Tuple.tuple("Business", saved.getId()),
                        org.assertj.core.groups.Tuple.tuple("Contact", contact.getId()),
                        org.assertj.core.groups.Tuple.tuple("EmployeeCount", count.getId()));
        assertThat(service.changeHistory(saved.getId(), PageRequest.of(0, 1)).getContent().getFirst().getDetails())
                .contains("Riverton");
    }

    @Test
    void partnersReadNoneOfItThroughAnyPath() {
        Business saved = service.save(business(name));
        accounts.signIn("business-service-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> contacts.contactsOf(saved.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeHistory(saved.getId(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.likelyDuplicates(business(name)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.count(TargetFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timeline.entriesFor(saved.getId(), 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.merge(saved.getId(), saved.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    static Business business(String legalName) {
        Business business = new Business();
        business.setLegalName(legalName);
        return business;
    }

    static Contact contact(Business business, String fullName, boolean primary) {
        Contact contact = new Contact(business);
        contact.setFullName(fullName);
        contact.setEmail(fullName.toLowerCase().replace(" ", ".") + "@example.com");
        contact.setPrimary(primary);
        return contact;
    }
}
