package org.groundwork.visit.standard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.UniqueNames;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.VisitWriteUp;
import org.groundwork.visit.VisitWriteUps;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.followup.FollowUpStatus;
import org.groundwork.visit.followup.FollowUpTimes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service standards and holidays (admins keep them) and how well they were met (everyone inside reads it). */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class ServiceStandardService {

    private final ServiceStandardRepository standards;
    private final HolidayRepository holidays;
    private final FollowUpService followUps;
    private final ObjectProvider<VisitWriteUps> writeUps;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Transactional(readOnly = true)
    public List<ServiceStandard> list(Pageable pageable) {
        return standards.findAll(pageable).getContent();
    }

    @Transactional(readOnly = true)
    public long count() {
        return standards.count();
    }

    @Transactional(readOnly = true)
    public ServiceStandard get(Long id) {
        return standards.findById(id)
                .orElseThrow(() -> new RuleViolationException("That standard no longer exists."));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public ServiceStandard save(ServiceStandard standard) {
        UniqueNames.require(standards.findByNameIgnoreCase(standard.getName() == null ? "" : standard.getName()),
                standard, "a standard", ServiceStandard::getName);
        if (!standard.isNew()) {
            get(standard.getId()).requireVersion(standard.getVersion());
        }
        return standards.saveAndFlush(standard);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public void delete(Long id) {
        standards.deleteById(id);
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidays() {
        return holidays.findAllByOrderByDateAsc();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public Holiday addHoliday(LocalDate date, String name) {
        if (date == null) {
            throw new RuleViolationException("date", "Choose the date.");
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "Name the holiday.");
        }
        if (holidays.existsByDate(date)) {
            throw new RuleViolationException("date", "That day is already a holiday.");
        }
        return holidays.saveAndFlush(new Holiday(date, name));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public void removeHoliday(Long id) {
        holidays.deleteById(id);
    }

    @Transactional(readOnly = true)
    public BusinessCalendar calendar() {
        return new BusinessCalendar(holidays.findAll().stream().map(Holiday::getDate).collect(Collectors.toSet()));
    }

    /**
     * How each enabled standard was met for work that started between {@code from} and {@code to} (inclusive):
     * per person and overall, as measured today. Directors and admins see everyone's line; staff see their own,
     * each partner organization's and the program's overall line, not their colleagues'.
     */
    @Transactional(readOnly = true)
    public List<StandardResult> summary(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolationException("period", "Choose a period whose end is not before its start.");
        }
        ZoneId zone = clock.getZone();
        Predicate<Timed> shown = shownPerPerson();
        StandardsCalculator calculator = new StandardsCalculator(calendar(), LocalDate.now(clock));
        List<FollowUpTimes> requested = null;
        List<Timed> visits = null;
        List<StandardResult> results = new ArrayList<>();
        for (ServiceStandard standard : standards.findByEnabledTrueOrderByIdAsc()) {
            List<Timed> items = switch (standard.getMeasure()) {
                case FOLLOW_UP_ACKNOWLEDGED, FOLLOW_UP_RESOLVED -> {
                    requested = requested != null ? requested : followUps.requestedBetween(from, to, zone);
                    yield followUpItems(standard.getMeasure(), requested, zone);
                }
                case VISIT_WRITTEN_UP -> visits = visits != null ? visits : visitItems(from, to, zone);
            };
            results.addAll(calculator.results(standard, items, shown));
        }
        return results;
    }

    static List<Timed> followUpItems(Measure measure, List<FollowUpTimes> requested, ZoneId zone) {
        return requested.stream()
                .filter(f -> measure != Measure.FOLLOW_UP_RESOLVED || f.status() != FollowUpStatus.CANCELLED)
                .map(f -> new Timed(f.owner(), f.ownerStaffId(), f.ownerOrganizationId(), day(f.requestedAt(), zone),
                        day(measure == Measure.FOLLOW_UP_RESOLVED ? f.closedAt()
                                : f.acknowledgedAt() != null ? f.acknowledgedAt() : f.closedAt(), zone)))
                .toList();
    }

    private List<Timed> visitItems(LocalDate from, LocalDate to, ZoneId zone) {
        VisitWriteUps source = writeUps.getIfAvailable();
        if (source == null) {
            return List.of();
        }
        List<VisitWriteUp> found = source.between(from, to);
        Map<Long, String> names = staff.namesOf(found.stream().map(VisitWriteUp::staffId).toList());
        return found.stream().map(v -> new Timed(names.getOrDefault(v.staffId(), "Nobody named"), v.staffId(),
                null, v.visitDate(), day(v.writtenUpAt(), zone))).toList();
    }

    /** Whose lines the signed-in user sees: everyone's for directors and admins, else no colleague's. */
    private Predicate<Timed> shownPerPerson() {
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.DIRECTOR)) {
            return item -> true;
        }
        Long me = staff.findByUsername(currentUser.requireUsername()).map(StaffMember::id).orElse(null);
        return item -> item.staffId() == null || item.staffId().equals(me);
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
