package org.groundwork.stakeholder;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerOrganizationRepository extends JpaRepository<PartnerOrganization, Long> {

    Optional<PartnerOrganization> findByNameIgnoreCase(String name);

    @Query("""
            select o from PartnerOrganization o
            where (:text is null or lower(o.name) like :text) and (:includeRetired = true or o.retiredAt is null)""")
    List<PartnerOrganization> search(String text, boolean includeRetired, Pageable pageable);

    @Query("""
            select count(o) from PartnerOrganization o
            where (:text is null or lower(o.name) like :text) and (:includeRetired = true or o.retiredAt is null)""")
    long countMatching(String text, boolean includeRetired);
}
