package org.groundwork.visit;

import java.time.LocalDate;
import java.time.LocalTime;

/** One visit as lists, the calendar and the business tab show it, with names already looked up. */
public record VisitRow(Long id, Long businessId, String businessName, LocalDate date, LocalTime time,
                       VisitChannel channel, VisitStatus status, boolean interaction, String leadStaffName,
                       String summary) {

    /** "Phone call" for an interaction, "Visit (on site)" for a visit. */
    public String kindLabel() {
        return interaction ? channel.label() : "Visit (" + channel.label().toLowerCase() + ")";
    }
}
