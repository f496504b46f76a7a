package org.groundwork.base;

import java.time.LocalDate;

/**
 * What the audit log view filters on; every part is optional.
 *
 * @param actor     part of the user name
 * @param action    one kind of event
 * @param entityType the record type, e.g. {@code UserAccount}
 * @param text      part of the details
 * @param from      first day, inclusive
 * @param to        last day, inclusive
 */
public record AuditFilter(String actor, AuditAction action, String entityType, String text, LocalDate from,
                          LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
