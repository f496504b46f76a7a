package org.groundwork.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.visit.interview.InterviewAnswer;

/**
 * Published inside the transaction that completes a visit, so what listeners do (flag rules raising flags,
 * service-standard measures) commits or rolls back with the completion. {@code satisfaction} is the business's
 * 1–5 rating, or null when not given.
 */
public record VisitCompleted(Long visitId, Long businessId, LocalDate visitDate, Instant completedAt,
                             Long leadStaffId, Integer satisfaction, List<InterviewAnswer> answers) {

    public VisitCompleted {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
