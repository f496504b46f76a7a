package org.groundwork.stakeholder;

import org.springframework.stereotype.Component;

/** Creates partner organizations for tests through the real service (the caller must be signed in as staff). */
@Component
public class TestOrganizations {

    private final PartnerOrganizationService organizations;

    TestOrganizations(PartnerOrganizationService organizations) {
        this.organizations = organizations;
    }

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
