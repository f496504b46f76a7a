package org.groundwork.stakeholder;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.UniqueNames;
import org.groundwork.base.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of partner organizations, kept by the EDO's own people. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class PartnerOrganizationService {

    private final PartnerOrganizationRepository organizations;
    private final PartnerContactRepository contacts;
    /** Looked up when needed: the features that name organizations also use this service. */
    private final ObjectProvider<OrganizationReferences> references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Optional<PartnerOrganization> find(Long id) {
        return organizations.findById(id);
    }

    @Transactional(readOnly = true)
    public PartnerOrganization get(Long id) {
        return find(id).orElseThrow(() -> new RuleViolationException("That organization no longer exists."));
    }

    /** Active organizations whose name contains {@code text}; for pickers and the directory grid. */
    @Transactional(readOnly = true)
    public List<PartnerOrganization> search(String text, boolean includeRetired, Pageable pageable) {
        return organizations.search(Texts.containsPattern(text), includeRetired, pageable);
    }

    /** The organization called exactly {@code name}, if there is one (among the retired too, when asked). */
    @Transactional(readOnly = true)
    public Optional<PartnerOrganization> named(String name, boolean includeRetired) {
        return search(name, includeRetired, PageRequest.of(0, 5)).stream().filter(o -> o.getName().equals(name))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public long count(String text, boolean includeRetired) {
        return organizations.countMatching(Texts.containsPattern(text), includeRetired);
    }

    public PartnerOrganization save(PartnerOrganization organization) {
        UniqueNames.require(organizations.findByNameIgnoreCase(organization.getName()), organization,
                "an organization", PartnerOrganization::getName);
        if (!organization.isNew()) {
            get(organization.getId()).requireVersion(organization.getVersion());
        }
        return organizations.saveAndFlush(organization);
    }

    /** Retires the organization; its partner users are disabled in the same transaction (see the event). */
    public void retire(Long id) {
        get(id).retire(clock.instant());
        events.publishEvent(new OrganizationRetired(id));
    }

    public void reinstate(Long id) {
        get(id).reinstate();
    }

    /** Organizations by id, for showing the names a record refers to without a query per row. */
    @Transactional(readOnly = true)
    public List<PartnerOrganization> findAll(Collection<Long> ids) {
        return organizations.findAllById(ids);
    }

    /** Names by id; open to partners too, since which organizations lead or own work on a shared issue isn't secret. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : organizations.findAllById(ids).stream()
                .collect(Collectors.toMap(PartnerOrganization::getId, PartnerOrganization::getName));
    }

    /**
     * Deletes an organization nobody refers to. If another feature still names it (open action items, say), the
     * refusal says why in a sentence, so the person can retire it instead.
     */
    public void delete(Long id) {
        PartnerOrganization organization = get(id);
        String reasons = references.orderedStream().map(r -> r.reasonToKeep(id)).flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        if (!reasons.isEmpty()) {
            throw new RuleViolationException(organization.getName() + " can't be deleted: " + reasons
                    + " Retire it instead, so it leaves the pickers but its history stays.");
        }
        contacts.deleteByOrganization_Id(id);
        organizations.delete(organization);
        organizations.flush();
    }

    @Transactional(readOnly = true)
    public List<PartnerContact> contactsOf(Long organizationId) {
        return contacts.findByOrganization_IdOrderByNameAsc(organizationId);
    }

    /** A new, unsaved contact at the organization, for the contact form. */
    @Transactional(readOnly = true)
    public PartnerContact newContact(Long organizationId) {
        return new PartnerContact(get(organizationId));
    }

    public PartnerContact saveContact(PartnerContact contact) {
        if (!contact.isNew() && contacts.findById(contact.getId())
                .map(stored -> stored.getVersion() != contact.getVersion()).orElse(true)) {
            throw new ObjectOptimisticLockingFailureException(PartnerContact.class, contact.getId());
        }
        return contacts.saveAndFlush(contact);
    }

    public void deleteContact(Long contactId) {
        contacts.deleteById(contactId);
    }
}
