package org.groundwork.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@GroundworkTest
@SignedInAs(username = "org-staff", roles = Role.STAFF)
class PartnerOrganizationServiceTest {

    @Autowired
    PartnerOrganizationService service;

    private final String name = "Chamber " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void namesAreUniqueWhateverTheirCase() {
        service.save(organization(name));
        assertThatThrownBy(() -> service.save(organization(name.toUpperCase())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getField()).isEqualTo("name"));
    }

    @Test
    void retiredOrganizationsLeavePickersButStayFindable() {
        PartnerOrganization saved = service.save(organization(name));
        service.retire(saved.getId());
        assertThat(service.search(name, false, PageRequest.of(0, 5))).isEmpty();
        assertThat(service.search(name, true, PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void namedFindsTheExactNameOnlyAndTheRetiredOnlyWhenAsked() {
        PartnerOrganization saved = service.save(organization(name));
        service.save(organization(name + " West"));
        assertThat(service.named(name, false)).contains(saved);
        assertThat(service.named(name + " E", false)).isEmpty();
        service.retire(saved.getId());
        assertThat(service.named(name, false)).isEmpty();
        assertThat(service.named(name, true)).contains(saved);
    }

    private static PartnerOrganization organization(String name) {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(name);
        organization.setType(OrganizationType.CHAMBER);
        return organization;
    }
}
