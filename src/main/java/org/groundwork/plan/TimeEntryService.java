package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff time, a week at a time. Everyone records their own time and nobody edits another's; directors may read
 * everyone's week. Visits are not entered here: their hours come from the visits themselves.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_INTERNAL)
public class TimeEntryService {

    private static final BigDecimal DAY = new BigDecimal("24");

    private final TimeEntryRepository entries;
    private final DriftQueries queries;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;

    TimeEntryService(TimeEntryRepository entries, DriftQueries queries, StaffDirectory staff,
                     CurrentUser currentUser) {
        this.entries = entries;
        this.queries = queries;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** The signed-in person as a staff member. */
    public StaffMember me() {
        return staff.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new AccessDeniedException("Not a staff account"));
    }

    /** The week (Monday to Sunday) holding {@code day}; one's own, or anyone's for a director. */
    public WeekSheet week(Long staffId, LocalDate day) {
        if (!staffId.equals(me().id()) && !currentUser.hasRole(Role.DIRECTOR)) {
            throw new AccessDeniedException("Only directors see other people's time");
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        DatePeriod week = new DatePeriod(monday, monday.plusDays(6));
        Map<Activity, Map<LocalDate, BigDecimal>> plain = WeekSheet.emptyHours();
        List<TimeEntry> linked = new ArrayList<>();
        Map<Long, Long> versions = new HashMap<>();
        for (TimeEntry entry : entries.findByStaffIdAndEntryDateBetweenOrderByEntryDateAsc(staffId, week.from(),
                week.to())) {
            if (entry.isPlain()) {
                plain.get(entry.getActivity()).put(entry.getEntryDate(), entry.getHours());
                versions.put(entry.getId(), entry.getVersion());
            } else {
                linked.add(entry);
            }
        }
        return new WeekSheet(staffId, monday, plain, linked, queries.visitHoursByDay(staffId, week), versions);
    }

    /**
     * Saves the signed-in person's plain hours for the week they read in {@code read}: a cell left empty or 0
     * removes its entry. Fails with nothing saved when someone changed the week since it was read.
     */
    @Transactional
    public WeekSheet saveWeek(WeekSheet read, Map<Activity, Map<LocalDate, BigDecimal>> hours) {
        Long me = me().id();
        if (!read.staffId().equals(me)) {
            throw new AccessDeniedException("Nobody edits another person's time");
        }
        check(read, hours);
        Map<String, TimeEntry> current = new HashMap<>();
        for (TimeEntry entry : entries.findByStaffIdAndEntryDateBetweenOrderByEntryDateAsc(me, read.monday(),
                read.monday().plusDays(6))) {
            if (entry.isPlain()) {
                if (!Objects.equals(read.versions().get(entry.getId()), entry.getVersion())) {
                    throw new OptimisticLockingFailureException("The week changed since it was read");
                }
                current.put(entry.getActivity() + "@" + entry.getEntryDate(), entry);
            }
        }
        if (current.size() != read.versions().size()) {
            throw new OptimisticLockingFailureException("The week changed since it was read");
        }
        for (Activity activity : Activity.entered()) {
            for (LocalDate day : read.days()) {
                BigDecimal value = hours.getOrDefault(activity, Map.of()).get(day);
                TimeEntry entry = current.get(activity + "@" + day);
                if (value == null || value.signum() == 0) {
                    if (entry != null) {
                        entries.delete(entry);
                    }
                } else if (entry == null) {
                    entries.save(new TimeEntry(me, day, activity, value));
                } else if (entry.getHours().compareTo(value) != 0) {
                    entry.setHours(value);
                }
            }
        }
        entries.flush();
        return week(me, read.monday());
    }

    /** Records time that names a business or an issue (or both), for the signed-in person. */
    @Transactional
    public TimeEntry addLinked(LocalDate day, Activity activity, BigDecimal hours, Long businessId, Long issueId,
                               String note) {
        if (activity == null || activity == Activity.VISITS) {
            throw new RuleViolationException("activity", "Choose what the time was spent on (visits record "
                    + "their own hours).");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(DAY) > 0) {
            throw new RuleViolationException("hours", "Enter the hours, more than 0 and at most 24.");
        }
        if (businessId == null && issueId == null) {
            throw new RuleViolationException("business", "Name the business or the issue the time was for.");
        }
        TimeEntry entry = new TimeEntry(me().id(), day, activity, hours);
        entry.linkTo(businessId, issueId, note);
        return entries.saveAndFlush(entry);
    }

    /** Removes one of the signed-in person's own entries. */
    @Transactional
    public void delete(Long entryId, long version) {
        TimeEntry entry = entries.findById(entryId).orElseThrow(() ->
                new OptimisticLockingFailureException("The entry was already removed"));
        if (!entry.getStaffId().equals(me().id())) {
            throw new AccessDeniedException("Nobody edits another person's time");
        }
        if (entry.getVersion() != version) {
            throw new OptimisticLockingFailureException("The entry changed since it was read");
        }
        entries.delete(entry);
    }

    private static void check(WeekSheet read, Map<Activity, Map<LocalDate, BigDecimal>> hours) {
        for (LocalDate day : read.days()) {
            BigDecimal total = BigDecimal.ZERO;
            for (Activity activity : Activity.entered()) {
                BigDecimal value = hours.getOrDefault(activity, Map.of()).get(day);
                if (value != null && (value.signum() < 0 || value.compareTo(DAY) > 0)) {
                    throw new RuleViolationException(activity + "@" + day, activity.label() + " on " + day
                            + ": enter hours from 0 to 24.");
                }
                total = total.add(value == null ? BigDecimal.ZERO : value);
            }
            if (total.compareTo(DAY) > 0) {
                throw new RuleViolationException(null, "On " + day + " the hours add up to "
                        + total.stripTrailingZeros().toPlainString() + ", more than a day has.");
            }
        }
    }
}
