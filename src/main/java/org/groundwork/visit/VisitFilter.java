package org.groundwork.visit;

import java.time.LocalDate;

/**
 * What "My visits" filters on; every part is optional. {@code staffId} limits to visits that person leads or
 * joins; {@code text} matches the business name.
 */
public record VisitFilter(Long staffId, VisitStatus status, LocalDate from, LocalDate to, String text,
                          Long businessId) {

    public static VisitFilter forStaff(Long staffId) {
        return new VisitFilter(staffId, null, null, null, null, null);
    }
}
