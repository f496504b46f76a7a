package org.groundwork.visit.interview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.AbstractEntity;

/** One question of one template version. Its {@code questionKey} stays the same across versions. */
@Entity
@Table(name = "template_question")
public class TemplateQuestion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private TemplateSection section;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "question_key", nullable = false, length = 60)
    private String questionKey;

    @Column(name = "question_text", nullable = false, length = 500)
    private String text;

    @Column(name = "help_text", length = 1000)
    private String helpText;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false, length = 20)
    private AnswerType type;

    @Column(nullable = false)
    private boolean required;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "template_question_choice", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "choice", nullable = false, length = 200)
    private List<String> choices = new ArrayList<>();

    protected TemplateQuestion() {
    }

    TemplateQuestion(TemplateSection section, int sortOrder, QuestionSpec spec) {
        this.section = section;
        this.sortOrder = sortOrder;
        this.questionKey = spec.key();
        this.text = spec.text();
        this.helpText = spec.helpText();
        this.type = spec.type();
        this.required = spec.required();
        this.choices.addAll(spec.choices());
    }

    public QuestionSpec spec() {
        return new QuestionSpec(questionKey, text, helpText, type, required, choices);
    }

    public TemplateSection getSection() {
        return section;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getText() {
        return text;
    }

    public String getHelpText() {
        return helpText;
    }

    public AnswerType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getChoices() {
        return choices;
    }
}
