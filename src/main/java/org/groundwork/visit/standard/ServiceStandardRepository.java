package org.groundwork.visit.standard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceStandardRepository extends JpaRepository<ServiceStandard, Long> {

    List<ServiceStandard> findByEnabledTrueOrderByIdAsc();

    Optional<ServiceStandard> findByNameIgnoreCase(String name);
}
