package org.groundwork.visit;

import java.util.List;
import java.util.Map;
import org.groundwork.visit.interview.InterviewTemplate;
import org.groundwork.visit.interview.TemplateQuestion;

/**
 * A visit with everything its page shows: the visit (business loaded), the template version it uses with its
 * sections and questions, and the saved answers by question id.
 */
public record VisitSheet(Visit visit, InterviewTemplate template, Map<Long, List<String>> answers,
                         String leadStaffName, List<String> staffNames, List<String> organizationNames) {

    public List<String> answer(TemplateQuestion question) {
        return answers.getOrDefault(question.getId(), List.of());
    }
}
