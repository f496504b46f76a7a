package org.groundwork.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

    Optional<Scorecard> findByPublicToken(String publicToken);

    @Query("select coalesce(max(s.edition), 0) from Scorecard s where s.year = ?1 and s.quarter = ?2")
    int lastEdition(int year, int quarter);

    List<Scorecard> findAllByOrderByYearDescQuarterDescEditionDesc(Pageable pageable);

    @Query("select s from Scorecard s where ?1 member of s.sharedWith order by s.year desc, s.quarter desc,"
            + " s.edition desc")
    List<Scorecard> sharedWith(Long organizationId, Pageable pageable);
}
