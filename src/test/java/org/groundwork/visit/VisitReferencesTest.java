package org.groundwork.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessReferences;
import org.groundwork.business.BusinessService;
import org.groundwork.security.Role;
import org.groundwork.stakeholder.OrganizationReferences;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@GroundworkTest
class VisitReferencesTest extends VisitTestBase {

    @Autowired
    List<BusinessReferences> businessReferences;
    @Autowired
    List<OrganizationReferences> organizationReferences;
    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    BusinessService businesses;

    VisitReferencesTest() {
        super("references-admin", Role.ADMIN);
    }

    @Test
    void aBusinessWithVisitsIsKeptAndAMergedDuplicatesVisitsMoveToTheSurvivor() {
        Business survivor = fixtures.business("Survivor");
        Business duplicate = fixtures.business("Duplicate");
        Business untouched = fixtures.business("Untouched");
        Visit visit = fixtures.planned(duplicate, me.getId(), LocalDate.now());

        assertThat(reasons(duplicate.getId())).containsExactly("It has 1 visit or contact.");
        assertThat(reasons(untouched.getId())).isEmpty();

        businesses.merge(survivor.getId(), duplicate.getId());

        assertThat(visits.get(visit.getId()).getBusiness().getId()).isEqualTo(survivor.getId());
        assertThat(visits.forBusiness(survivor.getId(), PageRequest.of(0, 5))).hasSize(1);
        assertThat(reasons(duplicate.getId())).isEmpty();
        assertThat(businesses.get(duplicate.getId()).isArchived()).isTrue();
    }

    @Test
    void anOrganizationThatTookPartInAVisitIsKept() {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName("Chamber " + UUID.randomUUID().toString().substring(0, 8));
        PartnerOrganization saved = organizations.save(organization);
        assertThat(organizationReasons(saved.getId())).isEmpty();

        visits.plan(new VisitPlan(fixtures.business("Partnered").getId(), LocalDate.now(), LocalTime.NOON,
                VisitChannel.ON_SITE, me.getId(), Set.of(), Set.of(saved.getId()), null, null));

        assertThat(organizationReasons(saved.getId())).containsExactly("It took part in 1 visit.");
    }

    private List<String> reasons(Long businessId) {
        return businessReferences.stream().flatMap(r -> r.reasonToKeep(businessId).stream()).toList();
    }

    private List<String> organizationReasons(Long organizationId) {
        return organizationReferences.stream().flatMap(r -> r.reasonToKeep(organizationId).stream()).toList();
    }
}
