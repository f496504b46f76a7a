package org.groundwork.visit;

import java.time.LocalDate;

/** Someone already met, or plans to meet, the business near the date of a new visit. */
public record RecentContact(Long visitId, LocalDate date, VisitChannel channel, VisitStatus status,
                            String staffName) {

    /** "Riley Retention visited on Mar 3, 2026 (phone call)." */
    public String describe(String formattedDate) {
        String verb = status == VisitStatus.PLANNED ? " plans to meet them on " : " met them on ";
        return staffName + verb + formattedDate + " (" + channel.label().toLowerCase() + ").";
    }
}
