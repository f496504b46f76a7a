package org.groundwork.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.ops.ReplicaRead;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.standard.ServiceStandardService;
import org.groundwork.visit.standard.StandardResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one query service behind the report screens and the report files, so a report's totals equal the screen's
 * for the same filters. Staff see their own work and program totals only: detail by person is cut to their own
 * line, and lists of businesses to the businesses they own.
 */
@Service
@ReplicaRead
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReportService {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final RetentionQueries retention;
    private final ProgramFigures programFigures;
    private final AtRiskQueries atRisk;
    private final ActivityQueries activity;
    private final JobsQueries jobs;
    private final IssueQueries issues;
    private final MeasureRecordQueries records;
    private final ServiceStandardService standards;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    @PreAuthorize(Roles.IS_INTERNAL)
    public RetentionSummary retentionSummary(ReportFilter filter) {
        ZoneId zone = clock.getZone();
        Period compared = filter.comparisonPeriod();
        RetentionQueries.Figures current = retention.figures(filter, filter.period(), zone);
        RetentionQueries.Figures before = compared == null ? null : retention.figures(filter, compared, zone);
        return new RetentionSummary(current.measures(), before == null ? null : before.measures(),
                current.satisfaction(), before == null ? null : before.satisfaction());
    }

    /**
     * The program's figures (all businesses) for each period, as the retention summary counts them but without
     * the employee change at visited businesses, in grouped queries for all the periods at once: what the
     * director's dashboard shows ({@link ProgramMeasure#onDashboard()}).
     */
    @PreAuthorize(Roles.IS_INTERNAL)
    public Map<Period, Map<ProgramMeasure, BigDecimal>> programFigures(List<Period> periods) {
        return programFigures.of(periods, clock.getZone());
    }

    /**
     * A page of the records behind one figure of {@link #retentionSummary} for the same filter; staff get those
     * on the businesses they own.
     */
    @PreAuthorize(Roles.IS_INTERNAL)
    public List<MeasureRecord> records(ProgramMeasure measure, ReportFilter filter, int offset, int limit) {
        return records.records(measure, ownWorkFor(filter), clock.getZone(), offset, limit);
    }

    /** Flags open at the end of the period, red then yellow; for staff only on the businesses they own. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public <T> T atRisk(ReportFilter filter, Function<Iterator<AtRiskRow>, T> reader) {
        return atRisk.read(ownWorkFor(filter), LocalDate.now(clock), clock.getZone(), reader);
    }

    /** The flags {@link #atRisk} lists, counted per sector and colour. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public List<SectorFlags> atRiskBySector(ReportFilter filter) {
        return atRisk.bySector(ownWorkFor(filter), clock.getZone());
    }

    /** How many red and how many yellow flags {@link #atRisk} lists: the sums of {@link #atRiskBySector}. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public long[] atRiskTotals(ReportFilter filter) {
        List<SectorFlags> bySector = atRisk.bySector(ownWorkFor(filter), clock.getZone());
        return new long[] {bySector.stream().mapToLong(SectorFlags::red).sum(),
                bySector.stream().mapToLong(SectorFlags::yellow).sum()};
    }

    @PreAuthorize(Roles.IS_INTERNAL)
    public List<ActivityRow> visitActivity(ReportFilter filter) {
        return new VisitActivity(activity, staff, clock.getZone()).rows(filter, ownStaffId());
    }

    @PreAuthorize(Roles.IS_INTERNAL)
    public List<JobsRow> jobsAndInvestment(ReportFilter filter) {
        return jobs.byKind(filter, clock.getZone());
    }

    /**
     * Each enabled standard per person or organization and overall, exactly as the service standards screen
     * shows them to the reader: that service narrows staff (by id) to their own lines, the partner organizations'
     * and the overall ones.
     */
    @PreAuthorize(Roles.IS_INTERNAL)
    public List<StandardResult> serviceStandards(ReportFilter filter) {
        return standards.summary(filter.period().from(), filter.period().to());
    }

    @PreAuthorize(Roles.IS_INTERNAL)
    public List<IssueRow> macroIssues(ReportFilter filter) {
        return issues.issues(filter, clock.getZone());
    }

    /** The header a report states: its period, comparison, filters, data as of now and who ran it. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public ReportHeader header(String title, ReportFilter filter) {
        ReportFilter effective = filter;
        Period compared = effective.comparisonPeriod();
        String owner = effective.ownerId() == null ? "" : staff.find(effective.ownerId())
                .map(StaffMember::fullName).orElse("an unknown user");
        List<String> filters = new ArrayList<>();
        filters.add(effective.describe(owner));
        if (isStaffOnly()) {
            filters.add("staff view: your own work and program totals");
        }
        return new ReportHeader(title, effective.period().label(),
                compared == null ? "No comparison" : effective.comparison().label() + ": " + compared.label(),
                String.join("; ", filters), AS_OF.format(clock.instant().atZone(clock.getZone())),
                currentUser.displayName().orElse("") + " (" + currentUser.requireUsername() + ")");
    }

    /** The filter narrowed to the signed-in staff member's own businesses; directors and admins see all. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public ReportFilter ownWorkFor(ReportFilter filter) {
        Long me = ownStaffId();
        return me == null ? filter : filter.withOwner(me);
    }

    private Long ownStaffId() {
        if (!isStaffOnly()) {
            return null;
        }
        return staff.findByUsername(currentUser.requireUsername()).map(StaffMember::id)
                .orElseThrow(() -> new IllegalStateException("The signed-in user is not in the staff directory"));
    }

    private boolean isStaffOnly() {
        return !currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.DIRECTOR);
    }
}
