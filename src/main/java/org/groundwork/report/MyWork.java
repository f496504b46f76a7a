package org.groundwork.report;

/** A staff member's work at a glance: what the staff dashboard shows. */
public record MyWork(long visitsThisWeek, long overdueFollowUps, long openFlagsOnMyBusinesses,
                     long tierATargetsNotContacted) {

    /** A tier A business should hear from its owner at least once a year. */
    public static final int TIER_A_CONTACT_DAYS = 365;
}
