package org.groundwork.visit;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.stakeholder.OrganizationReferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An organization that took part in visits stays in the directory (retired rather than deleted). */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class VisitOrganizationReferences implements OrganizationReferences {

    private final VisitRepository visits;

    @Override
    @Transactional(readOnly = true)
    public Optional<String> reasonToKeep(Long organizationId) {
        return KeepReasons.counted(visits.countNamingOrganization(organizationId), "It took part in", "visit",
                "visits");
    }
}
