package org.groundwork.visit.flag;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FlagRuleRepository extends JpaRepository<FlagRule, Long> {

    List<FlagRule> findByEnabledTrueOrderByIdAsc();

    Optional<FlagRule> findByNameIgnoreCase(String name);
}
