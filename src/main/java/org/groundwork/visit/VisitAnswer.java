package org.groundwork.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.groundwork.base.AbstractEntity;
import org.groundwork.visit.interview.AnswerType;
import org.groundwork.visit.interview.TemplateQuestion;

/**
 * One answer of one visit, its own row so each is saved on its own as the person types: two people writing up
 * the same visit never overwrite each other's answers. Several chosen options (multiple choice) are stored one per line.
 */
@Entity
@Table(name = "visit_answer")
public class VisitAnswer extends AbstractEntity {

    private static final String SEPARATOR = "\n";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false)
    private Visit visit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private TemplateQuestion question;

    @Column(name = "answer_value", length = 4000)
    private String value;

    protected VisitAnswer() {
    }

    VisitAnswer(Visit visit, TemplateQuestion question) {
        this.visit = visit;
        this.question = question;
    }

    public Visit getVisit() {
        return visit;
    }

    public TemplateQuestion getQuestion() {
        return question;
    }

    /** Only multiple choice holds several values; a text answer keeps its line breaks. */
    public List<String> values() {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        return question.getType() == AnswerType.MULTIPLE_CHOICE ? Arrays.asList(value.split(SEPARATOR))
                : List.of(value);
    }

    void setValues(List<String> values) {
        List<String> kept = values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
        this.value = kept.isEmpty() ? null : String.join(SEPARATOR, kept);
    }
}
