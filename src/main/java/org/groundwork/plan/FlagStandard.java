package org.groundwork.plan;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When a flag counts as resolved within standard, in one place for the drift KPI and the reports' measure: within
 * the program's standard for resolving a request (the quickest enabled one), or {@value #DEFAULT_DAYS} days when
 * none is enabled. Plain SQL pieces for the callers' own aggregate queries, which read the flags themselves.
 */
public final class FlagStandard {

    public static final int DEFAULT_DAYS = 30;

    private FlagStandard() {
    }

    /** The days a flag may take from being raised to being resolved. */
    public static int days(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(MIN(s.days), " + DEFAULT_DAYS + ") FROM service_standard s WHERE "
                + "s.measure = 'FOLLOW_UP_RESOLVED' AND s.enabled = TRUE").query(Integer.class).single();
    }

    /** The condition that the flag aliased {@code flag} was resolved within {@code days} of being raised. */
    public static String within(String flag, int days) {
        return flag + ".resolved_at <= TIMESTAMPADD(DAY, " + days + ", " + flag + ".raised_at)";
    }
}
