package org.groundwork.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL pieces the drift figures ({@link DriftQueries}, {@link DriftVisitFigures}) and the records behind them
 * ({@link DriftRecordQueries}) share, so that a figure and its records are chosen by the same conditions: what each
 * figure counts in a period, a period's parameters and the trend's quarter buckets.
 */
final class DriftSql {

    static final String COMPLETED_VISIT = "v.status = 'COMPLETED' AND v.visit_date BETWEEN :from AND :to";
    static final String WON = "o.stage = 'WON' AND o.actual_date BETWEEN :from AND :to";
    static final String FLAG_RESOLVED = "f.status = 'RESOLVED' AND f.resolved_at >= :fromTime AND "
            + "f.resolved_at < :toTime";
    static final String FOLLOW_UP_DONE = "f.status = 'DONE' AND f.closed_at >= :fromTime AND f.closed_at < :toTime";
    static final String FOLLOW_UP_ON_TIME = "f.closed_at < TIMESTAMPADD(DAY, 1, f.due_date)";

    private DriftSql() {
    }

    /** The bucket of the quarter a day falls in: what {@link #bucket} computes in SQL. */
    static int bucketOf(LocalDate day) {
        return day.getYear() * 4 + day.get(IsoFields.QUARTER_OF_YEAR) - 1;
    }

    /** A date column's quarter bucket, or 0 (the one bucket of a whole period). */
    static String bucket(String dateColumn, boolean byQuarter) {
        return byQuarter ? "(YEAR(" + dateColumn + ") * 4 + QUARTER(" + dateColumn + ") - 1)" : "0";
    }

    /** The period's days (:from, :to) and its start and end as instants (:fromTime, :toTime, exclusive). */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DatePeriod period) {
        return statement.param("from", period.from()).param("to", period.to())
                .param("fromTime", start(period.from())).param("toTime", start(period.to().plusDays(1)));
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay(ZoneOffset.UTC).toLocalDateTime());
    }
}
