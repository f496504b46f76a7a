package org.groundwork.visit.interview;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.groundwork.base.RuleViolationException;

/** The rules a questionnaire must meet before it is stored, each explained in plain words. */
final class TemplateDraftCheck {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    private TemplateDraftCheck() {
    }

    static void check(TemplateDraft draft) {
        if (draft.getName() == null || draft.getName().isBlank()) {
            throw new RuleViolationException("name", "Give the questionnaire a name.");
        }
        if (draft.getName().trim().length() > 200) {
            throw new RuleViolationException("name", "Keep the name under 200 characters.");
        }
        Set<String> keys = new HashSet<>();
        for (TemplateDraft.Section section : draft.getSections()) {
            if (section.title() == null || section.title().isBlank()) {
                throw new RuleViolationException("sections", "Every section needs a title.");
            }
            for (QuestionSpec question : section.questions()) {
                check(question, section.title());
                if (!keys.add(question.key())) {
                    throw new RuleViolationException("sections", "Two questions use the key \""
                            + question.key() + "\". Each question needs its own key.");
                }
            }
        }
        if (keys.isEmpty()) {
            throw new RuleViolationException("sections", "Add at least one question.");
        }
    }

    private static void check(QuestionSpec question, String section) {
        String where = " (in \"" + section + "\")";
        if (question.text() == null || question.text().isBlank()) {
            throw new RuleViolationException("sections", "Every question needs its wording" + where + ".");
        }
        if (question.key() == null || !KEY.matcher(question.key()).matches()) {
            throw new RuleViolationException("sections", "The key of \"" + question.text() + "\"" + where
                    + " must start with a letter and use only lower-case letters, digits and _.");
        }
        if (question.type() == null) {
            throw new RuleViolationException("sections", "Choose the answer type of \"" + question.text() + "\".");
        }
        if (question.hasChoices() && question.choices().size() < 2) {
            throw new RuleViolationException("sections", "\"" + question.text() + "\" needs at least two choices.");
        }
    }
}
