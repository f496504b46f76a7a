package org.groundwork.plan;

import java.time.LocalDate;

/**
 * One record behind a rate figure of the drift view, on its business's page: a flag resolved, a follow-up done or
 * an active key company, with whether it met the mark (within standard, on time, visited in the period). The
 * date is when the flag was resolved, the follow-up done or the key company last visited; the subject is the flag's
 * message or the follow-up's description, none for a key company.
 */
public record FigureRecord(Long businessId, String businessName, LocalDate date, String subject, boolean met) {
}
