package org.groundwork.business;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployeeCountRepository extends JpaRepository<EmployeeCount, Long> {

    List<EmployeeCount> findByBusinessIdOrderByAsOfDescIdDesc(Long businessId);

    Optional<EmployeeCount> findFirstByBusinessIdOrderByAsOfDescIdDesc(Long businessId);
}
