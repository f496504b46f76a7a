package org.groundwork.visit.standard;

import java.time.LocalDate;

/** One thing a standard measures: who is answerable, when the clock started, when it stopped (null: not yet). */
public record Timed(String who, LocalDate start, LocalDate end) {
}
