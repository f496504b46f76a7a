package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.groundwork.business.TargetFilter;
import org.groundwork.business.TargetListService;
import org.groundwork.visit.VisitFilter;
import org.groundwork.visit.VisitService;
import org.groundwork.visit.flag.FlagFilter;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.flag.FlagStatus;
import org.groundwork.visit.followup.FollowUpService;
import org.springframework.context.annotation.Scope;

/**
 * A staff member's own work at a glance. Each figure is counted by the same service call, with the same filter,
 * as the list its tile opens, and the tile's address sets that filter on the list, so the list shows exactly
 * the records behind the number.
 */
@SpringComponent
@Scope("prototype")
class StaffDashboard extends FlexLayout {

    StaffDashboard(VisitService visits, FollowUpService followUps, FlagService flags, TargetListService targets,
                   Clock clock) {
        Long me = visits.myStaffId();
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(new Tile("My visits this week",
                        count(visits.count(new VisitFilter(me, null, monday, sunday, null, null))),
                        "visits?from=" + monday + "&to=" + sunday),
                new Tile("My overdue follow-ups", count(followUps.countOverdueOwnedBy(me)), "follow-ups?overdue"),
                new Tile("Open flags on my businesses",
                        count(flags.count(new FlagFilter(null, FlagStatus.OPEN, me, null, null))), "flags?owner=" + me),
                new Tile("My targets not contacted in time",
                        count(targets.count(new TargetFilter(null, me, true))), "targets?owner=" + me + "&overdue"));
    }

    private static String count(long value) {
        return Long.toString(value);
    }
}
