package org.groundwork.visit.interview;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.AbstractEntity;

/** A titled group of questions within one template version, e.g. "Ownership and succession". */
@Entity
@Table(name = "template_section")
public class TemplateSection extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private InterviewTemplate template;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<TemplateQuestion> questions = new ArrayList<>();

    protected TemplateSection() {
    }

    TemplateSection(InterviewTemplate template, int sortOrder, String title) {
        this.template = template;
        this.sortOrder = sortOrder;
        this.title = title;
    }

    TemplateQuestion addQuestion(QuestionSpec spec) {
        TemplateQuestion question = new TemplateQuestion(this, questions.size(), spec);
        questions.add(question);
        return question;
    }

    public InterviewTemplate getTemplate() {
        return template;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public List<TemplateQuestion> getQuestions() {
        return questions;
    }
}
