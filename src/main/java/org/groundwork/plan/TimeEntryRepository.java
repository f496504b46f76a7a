package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    /** One person's entries for a week: a few dozen at most. */
    List<TimeEntry> findByStaffIdAndEntryDateBetweenOrderByEntryDateAsc(Long staffId, LocalDate from, LocalDate to);

    /** Everything one person has recorded on a day (plain and linked entries), 0 when nothing. */
    @Query("SELECT COALESCE(SUM(t.hours), 0) FROM TimeEntry t WHERE t.staffId = :staffId AND t.entryDate = :day")
    BigDecimal hoursOn(Long staffId, LocalDate day);

    long countByBusinessId(Long businessId);

    @Modifying
    @Query("UPDATE TimeEntry t SET t.businessId = :survivorId, t.version = t.version + 1 WHERE t.businessId = "
            + ":mergedId")
    int moveToBusiness(Long mergedId, Long survivorId);
}
