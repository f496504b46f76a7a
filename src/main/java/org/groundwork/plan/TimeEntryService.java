package org.groundwork.plan;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
public class TimeEntryService {

    private final TimeEntryRepository entries;
    private final DriftQueries queries;
    private final TimeSubjects subjects;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Validator validator;

    /** The signed-in person as a staff member. */
    public StaffMember me() {
        return staff.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new AccessDeniedException("Not a staff account"));
    }

    /** How many time entries, anyone's, name the business: a reason to keep it rather than delete it. */
    public long countForBusiness(Long businessId) {
        return entries.countByBusinessId(businessId);
    }

    /** When a duplicate business is merged away, the time spent on it now names the business it merged into. */
    @Transactional
    public void moveToSurvivor(Long mergedId, Long survivorId) {
        entries.moveToBusiness(mergedId, survivorId);
    }

    /** The week (Monday to Sunday) holding {@code day}; one's own, or anyone's for a director. */
    public WeekSheet week(Long staffId, LocalDate day) {
        if (!staffId.equals(me().id()) && !currentUser.hasRole(Role.DIRECTOR)) {
            throw new AccessDeniedException("Only directors see other people's time");
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        DatePeriod week = new DatePeriod(monday, monday.plusDays(6));
        Map<Activity, Map<LocalDate, BigDecimal>> plain = WeekSheet.emptyHours();
        List<LinkedTime> linked = new ArrayList<>();
        Map<Long, Long> versions = new HashMap<>();
        for (TimeEntry entry : entries.findByStaffIdAndEntryDateBetweenOrderByEntryDateAsc(staffId, week.from(),
                week.to())) {
            if (entry.isPlain()) {
                plain.get(entry.getActivity()).put(entry.getEntryDate(), entry.getHours());
                versions.put(entry.getId(), entry.getVersion());
            } else {
                linked.add(subjects.describe(entry));
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
        Map<String, TimeEntry> current = new HashMap<>();
        Map<LocalDate, BigDecimal> linked = new HashMap<>();
        for (TimeEntry entry : entries.findByStaffIdAndEntryDateBetweenOrderByEntryDateAsc(me, read.monday(),
                read.monday().plusDays(6))) {
            if (entry.isPlain()) {
                if (!Objects.equals(read.versions().get(entry.getId()), entry.getVersion())) {
                    throw new OptimisticLockingFailureException("The week changed since it was read");
                }
                current.put(entry.getActivity() + "@" + entry.getEntryDate(), entry);
            } else {
                linked.merge(entry.getEntryDate(), entry.getHours(), BigDecimal::add);
            }
        }
        if (current.size() != read.versions().size()) {
            throw new OptimisticLockingFailureException("The week changed since it was read");
        }
        TimeRules.checkWeek(read, hours, linked);
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

    /**
     * Records time that names a business or an issue (or both), for the signed-in person. Refused, with the field
     * the message belongs to, when the draft breaks a constraint, names neither, names an archived or missing
     * business or a missing issue, or would put more than 24 hours on its day.
     */
    @Transactional
    public LinkedTime addLinked(LinkedTimeDraft draft) {
        validator.validate(draft).stream().min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(broken -> {
                    throw new RuleViolationException(broken.getPropertyPath().toString(), broken.getMessage());
                });
        if (draft.getActivity() == Activity.VISITS) {
            throw new RuleViolationException("activity", "Visits record their own hours; choose another activity.");
        }
        subjects.check(draft.getBusinessId(), draft.getIssueId());
        Long me = me().id();
        TimeRules.checkDay(draft.getDay(), entries.hoursOn(me, draft.getDay()), draft.getHours());
        TimeEntry entry = new TimeEntry(me, draft.getDay(), draft.getActivity(), draft.getHours());
        entry.linkTo(draft.getBusinessId(), draft.getIssueId(), draft.getNote());
        return subjects.describe(entries.saveAndFlush(entry));
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
}
