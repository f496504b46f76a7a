package org.groundwork.visit.flag;

import java.util.List;
import org.groundwork.business.Sector;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FlagRepository extends JpaRepository<Flag, Long> {

    /** A page of matching flags, without the count query a {@code Page} would add: the view asks for it apart. */
    @Query("""
            select f from Flag f join fetch f.business b
            where (:colour is null or f.colour = :colour) and (:status is null or f.status = :status)
              and (:ownerId is null or b.ownerId = :ownerId) and (:sector is null or b.sector = :sector)
              and (:businessId is null or b.id = :businessId)""")
    List<Flag> search(FlagColour colour, FlagStatus status, Long ownerId, Sector sector, Long businessId,
                      Pageable pageable);

    @Query("""
            select count(f) from Flag f join f.business b
            where (:colour is null or f.colour = :colour) and (:status is null or f.status = :status)
              and (:ownerId is null or b.ownerId = :ownerId) and (:sector is null or b.sector = :sector)
              and (:businessId is null or b.id = :businessId)""")
    long countMatching(FlagColour colour, FlagStatus status, Long ownerId, Sector sector, Long businessId);

    long countByBusinessIdAndStatusAndColour(Long businessId, FlagStatus status, FlagColour colour);

    boolean existsByBusinessIdAndRuleIdAndStatus(Long businessId, Long ruleId, FlagStatus status);

    boolean existsByBusinessIdAndMessageAndStatus(Long businessId, String message, FlagStatus status);

    long countByBusinessId(Long businessId);

    @Query("select f from Flag f where f.business.id = :businessId order by f.raisedAt desc, f.id desc")
    List<Flag> newestOf(Long businessId, Pageable pageable);

    List<Flag> findByBusinessId(Long businessId);

    boolean existsByRuleId(Long ruleId);
}
