package org.groundwork.visit.interview;

import java.util.List;

/** The questions of the interview templates now in use, by stable key; implemented by the template service. */
public interface QuestionCatalog {

    List<QuestionRef> currentQuestions();
}
