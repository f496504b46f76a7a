package org.groundwork.testing;

import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.stereotype.Component;

/** Creates partner organizations for tests through the real service (the caller must be signed in as staff). */
@Component
public record TestOrganizations(PartnerOrganizationService organizations) {

    /** An organization of the default type. */
    public PartnerOrganization named(String name) {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(name);
        return organizations.save(organization);
    }

    public PartnerOrganization create(String name, OrganizationType type) {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(name);
        organization.setType(type);
        return organizations.save(organization);
    }
}
