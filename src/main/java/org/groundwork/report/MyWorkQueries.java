package org.groundwork.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The four counts of the staff dashboard, each one query. */
@Component
class MyWorkQueries {

    private final JdbcClient jdbc;

    MyWorkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MyWork of(Long staffId, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long visits = jdbc.sql("select count(*) from visit v where v.lead_staff_id = :me and v.status <> 'CANCELLED'"
                        + " and v.visit_date between :from and :to")
                .param("me", staffId).param("from", monday).param("to", monday.plusDays(6)).query(Long.class).single();
        long overdue = jdbc.sql("select count(*) from follow_up f where f.owner_staff_id = :me"
                        + " and f.status in ('OPEN', 'ACKNOWLEDGED') and f.due_date < :today")
                .param("me", staffId).param("today", today).query(Long.class).single();
        long flags = jdbc.sql("select count(*) from flag f join business b on b.id = f.business_id"
                        + " where b.owner_id = :me and f.status = 'OPEN' and b.archived_at is null")
                .param("me", staffId).query(Long.class).single();
        long targets = jdbc.sql("select count(*) from business b where b.owner_id = :me and b.tier = 'A'"
                        + " and b.status = 'ACTIVE' and b.archived_at is null"
                        + " and (b.last_contact_date is null or b.last_contact_date < :since)")
                .param("me", staffId).param("since", today.minusDays(MyWork.TIER_A_CONTACT_DAYS))
                .query(Long.class).single();
        return new MyWork(visits, overdue, flags, targets);
    }
}
