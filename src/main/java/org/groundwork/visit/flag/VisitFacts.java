package org.groundwork.visit.flag;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.groundwork.business.Business;
import org.groundwork.visit.VisitCompleted;
import org.groundwork.visit.interview.InterviewAnswer;

/** What flag rules look at for one completed visit: its answers by key, its rating and the business record. */
record VisitFacts(Map<String, InterviewAnswer> answers, Integer satisfaction, LocalDate leaseExpiry,
                  Integer employees, LocalDate today) {

    static VisitFacts of(VisitCompleted visit, Business business, LocalDate today) {
        return new VisitFacts(visit.answers().stream().collect(Collectors.toMap(InterviewAnswer::questionKey,
                Function.identity(), (first, second) -> first)), visit.satisfaction(),
                business.getFacility().getLeaseExpiry(), business.getFigures().getCurrentEmployees(), today);
    }
}
