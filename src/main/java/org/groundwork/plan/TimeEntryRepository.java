package org.groundwork.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    /** One person's entries for a week: a few dozen at most. */
    List<TimeEntry> findByStaffIdAndEntryDateBetweenOrderByEntryDateAsc(Long staffId, LocalDate from, LocalDate to);
}
