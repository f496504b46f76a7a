package org.groundwork.stakeholder;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerContactRepository extends JpaRepository<PartnerContact, Long> {

    List<PartnerContact> findByOrganizationIdOrderByNameAsc(Long organizationId);

    void deleteByOrganizationId(Long organizationId);
}
