package org.groundwork.visit.tally;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether readers may use the tally, and the split they should read a period by (decision 022). On the first start
 * after the tally was added (or after restoring an older backup) the tally is empty while completed visits exist,
 * until the background rebuild commits; read then, whole periods would show no visits. So until the tally is
 * usable the whole period is read live: right figures, at the pre-tally cost. Usable means it has a row or there is
 * no completed visit to count (two reads of one row each, portable SQL). Once usable it stays usable (the writes
 * keep it current), so the answer is kept; while not usable every call checks again.
 */
@Component
public class TallyReadiness {

    private final JdbcClient jdbc;
    private volatile boolean ready;
    private volatile boolean rebuilding;

    /** Public so that readers' tests can ask a readiness of their own, which has seen nothing yet. */
    public TallyReadiness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the tally counts every completed visit (this node's start-up rebuild is not still running). */
    public boolean ready() {
        if (!ready && !rebuilding) {
            ready = usable();
        }
        return ready;
    }

    /** The period cut into tally periods and live days, or all live while the tally is not ready. */
    public TallyPeriods split(LocalDate from, LocalDate to) {
        return split(from, to, null);
    }

    /** As {@link #split(LocalDate, LocalDate)}, with the end extension of {@link TallyPeriods#of}. */
    public TallyPeriods split(LocalDate from, LocalDate to, LocalDate noVisitsUntil) {
        return ready() ? TallyPeriods.of(from, to, noVisitsUntil) : TallyPeriods.allLive(from, to);
    }

    /**
     * As {@link #split(LocalDate, LocalDate)}, the end extended over the days after it, within its year, on which
     * nothing completed is recorded: those days count nothing, so a period ending today (a year or quarter to date)
     * reads its whole year or quarter from the cells instead of counting each business over months of rows.
     */
    public TallyPeriods splitToQuietEnd(LocalDate from, LocalDate to) {
        if (!ready()) {
            return TallyPeriods.allLive(from, to);
        }
        LocalDate yearEnd = to.withDayOfYear(1).plusYears(1).minusDays(1);
        LocalDate next = jdbc.sql("SELECT MIN(v.visit_date) FROM visit v WHERE v.status = 'COMPLETED' "
                        + "AND v.visit_date > ? AND v.visit_date <= ?")
                .params(to, yearEnd).query(LocalDate.class).optional().orElse(null);
        return TallyPeriods.of(from, to, next == null ? yearEnd : next.minusDays(1));
    }

    /** The tally has a row, or no completed visit exists: checked afresh, never cached. */
    boolean usable() {
        return exists("SELECT 1 FROM visit_tally LIMIT 1")
                || !exists("SELECT 1 FROM visit WHERE status = 'COMPLETED' LIMIT 1");
    }

    /**
     * Set by the start-up rebuild around its run: a visit completed meanwhile writes its business's cells, which
     * must not make a half-built tally look usable on this node.
     */
    void rebuilding(boolean running) {
        rebuilding = running;
    }

    private boolean exists(String sql) {
        return !jdbc.sql(sql).query(Integer.class).list().isEmpty();
    }
}
