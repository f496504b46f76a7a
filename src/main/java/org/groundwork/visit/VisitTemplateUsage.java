package org.groundwork.visit;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.visit.interview.InterviewTemplate;
import org.groundwork.visit.interview.TemplateUsage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The interview templates' view of the visits on them, read from the visit and answer tables. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
class VisitTemplateUsage implements TemplateUsage {

    private final VisitRepository visits;
    private final VisitAnswerRepository answers;

    @Override
    public long visitsUsing(Long templateId) {
        return visits.countUsingTemplate(templateId);
    }

    @Override
    public void moveUnstartedVisits(Long fromTemplateId, InterviewTemplate newer) {
        visits.unstartedOnTemplate(fromTemplateId).forEach(visit -> visit.useTemplate(newer));
    }

    @Override
    public Map<String, Long> answeredKeys(Long templateId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        answers.answeredKeys(templateId).forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
