package org.groundwork.visit.interview;

import java.util.Map;

/**
 * What the visits know about a template version's use. Implemented by the visit package, so the templates never
 * import the visits that answer them (the visits import the templates).
 */
public interface TemplateUsage {

    /** Visits planned on or answered with the version. */
    long visitsUsing(Long templateId);

    /** Moves the visits that have not started answering yet from a version to its successor. */
    void moveUnstartedVisits(Long fromTemplateId, InterviewTemplate newer);

    /** Per question key of the version: how many visits answered it. */
    Map<String, Long> answeredKeys(Long templateId);
}
