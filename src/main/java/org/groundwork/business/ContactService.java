package org.groundwork.business;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people at a business. A business with contacts always has exactly one primary contact: the first one
 * added becomes primary, making another primary demotes the old one, and deleting the primary promotes another.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class ContactService {

    private final ContactRepository contacts;

    /** The business's contacts, the primary one first. A business has a handful, so this is not paged. */
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(Long businessId) {
        return contacts.findByBusinessIdOrderByPrimaryDescFullNameAsc(businessId);
    }

    /** Creates or updates; an update fails with a conflict if someone else saved the contact meanwhile. */
    public Contact save(Contact contact) {
        Long businessId = contact.getBusiness().getId();
        List<Contact> primaries = contacts.findByBusinessIdAndPrimaryTrue(businessId);
        if (!contact.isNew()) {
            Contact stored = contacts.findById(contact.getId())
                    .orElseThrow(() -> new RuleViolationException("That contact no longer exists."));
            if (stored.getVersion() != contact.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Contact.class, contact.getId());
            }
            if (stored.isPrimary() && !contact.isPrimary()) {
                throw new RuleViolationException("primary",
                        "Every business keeps one primary contact: make another contact primary instead.");
            }
        }
        if (contact.isPrimary()) {
            primaries.stream().filter(other -> !other.getId().equals(contact.getId()))
                    .forEach(other -> other.setPrimary(false));
        } else if (primaries.isEmpty()) {
            contact.setPrimary(true);
        }
        return contacts.saveAndFlush(contact);
    }

    /** Removes a contact; if it was the primary one, the next contact (by name) becomes primary. */
    public void delete(Long contactId) {
        Contact contact = contacts.findById(contactId)
                .orElseThrow(() -> new RuleViolationException("That contact no longer exists."));
        Long businessId = contact.getBusiness().getId();
        contacts.delete(contact);
        contacts.flush();
        if (contact.isPrimary()) {
            contactsOf(businessId).stream().findFirst().ifPresent(next -> next.setPrimary(true));
        }
    }
}
