package org.groundwork.visit.standard;

import java.time.LocalDate;

/**
 * One thing a standard measures: who is answerable (by name, and the staff member's id when a member of staff is;
 * null for a partner organization), when the clock started, when it stopped (null: not yet).
 */
public record Timed(String who, Long staffId, LocalDate start, LocalDate end) {

    public Timed(String who, LocalDate start, LocalDate end) {
        this(who, null, start, end);
    }
}
