package org.groundwork.visit.standard;

import java.time.LocalDate;

/**
 * One thing a standard measures: who is answerable (by name, and by id: the staff member's or the partner
 * organization's, the other null), when the clock started, when it stopped (null: not yet).
 */
public record Timed(String who, Long staffId, Long organizationId, LocalDate start, LocalDate end) {

    public Timed(String who, LocalDate start, LocalDate end) {
        this(who, null, null, start, end);
    }

    /**
     * Whose line the item counts on: a staff member and an organization are told apart by kind and id, so two
     * of the same name never share a line; an item with neither id (a name alone) goes by its name.
     */
    String answerable() {
        return staffId != null ? "staff:" + staffId : organizationId != null ? "organization:" + organizationId
                : "name:" + who;
    }
}
