package org.groundwork.visit.interview;

/** A row of the questionnaire list: the current version and how many visits were answered with it. */
public record TemplateSummary(Long id, String name, String description, int versionNumber, int questionCount,
                              long visitsUsingIt) {
}
