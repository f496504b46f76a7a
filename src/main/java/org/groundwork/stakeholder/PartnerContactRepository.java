package org.groundwork.stakeholder;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerContactRepository extends JpaRepository<PartnerContact, Long> {

    List<PartnerContact> findByOrganization_IdOrderByNameAsc(Long organizationId);

    void deleteByOrganization_Id(Long organizationId);
}
