package org.groundwork.visit;

import java.time.LocalDate;

/**
 * What another feature learns about a visit when a person starts something from it: the visit, its business,
 * and, when started from one interview answer, that question and answer.
 */
public record VisitContext(Long visitId, Long businessId, String businessName, LocalDate visitDate,
                           String question, String answer) {

    public boolean fromAnswer() {
        return question != null;
    }
}
