package org.groundwork.visit;

import java.time.LocalDate;
import java.util.List;

/** Visits that took place in a period (planned ones whose date has passed, and completed ones), for measuring. */
public interface VisitWriteUps {

    List<VisitWriteUp> between(LocalDate from, LocalDate to);
}
