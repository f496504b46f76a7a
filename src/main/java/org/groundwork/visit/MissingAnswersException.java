package org.groundwork.visit;

import java.util.List;
import org.groundwork.base.RuleViolationException;

/** Completing a visit was refused because required questions are unanswered; lists them by their wording. */
public class MissingAnswersException extends RuleViolationException {

    private final List<String> missing;

    public MissingAnswersException(List<String> missing) {
        super("answers", "Please answer " + (missing.size() == 1 ? "this question" : "these " + missing.size()
                + " questions") + " before completing the visit: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> getMissing() {
        return missing;
    }
}
