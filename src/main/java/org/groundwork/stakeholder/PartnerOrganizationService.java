package org.groundwork.stakeholder;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of partner organizations, kept by the EDO's own people. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
public class PartnerOrganizationService {

    private final PartnerOrganizationRepository organizations;
    private final Clock clock;

    PartnerOrganizationService(PartnerOrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

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
        return organizations.search(like(text), includeRetired, pageable);
    }

    @Transactional(readOnly = true)
    public long count(String text, boolean includeRetired) {
        return organizations.countMatching(like(text), includeRetired);
    }

    public PartnerOrganization save(PartnerOrganization organization) {
        organizations.findByNameIgnoreCase(organization.getName())
                .filter(other -> !other.getId().equals(organization.getId()))
                .ifPresent(other -> {
                    throw new RuleViolationException("name", "There is already an organization called \""
                            + other.getName() + "\".");
                });
        if (!organization.isNew() && get(organization.getId()).getVersion() != organization.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(PartnerOrganization.class, organization.getId());
        }
        return organizations.saveAndFlush(organization);
    }

    public void retire(Long id) {
        get(id).retire(clock.instant());
    }

    public void reinstate(Long id) {
        get(id).reinstate();
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
