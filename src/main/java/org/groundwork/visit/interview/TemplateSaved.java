package org.groundwork.visit.interview;

/** The outcome of saving a questionnaire: the version now current and a plain sentence on what happened. */
public record TemplateSaved(Long templateId, int versionNumber, boolean newVersion, String message) {
}
