package org.groundwork.visit.interview;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.groundwork.base.AbstractEntity;

/**
 * One version of an interview questionnaire. All versions of the same questionnaire share {@code templateKey};
 * the one marked current is used for new visits, and a visit keeps the version it was answered with.
 */
@Entity
@Table(name = "interview_template")
public class InterviewTemplate extends AbstractEntity {

    @Column(name = "template_key", nullable = false, length = 60)
    private String templateKey;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<TemplateSection> sections = new ArrayList<>();

    protected InterviewTemplate() {
    }

    InterviewTemplate(String templateKey, int versionNumber, String name, String description) {
        this.templateKey = templateKey;
        this.versionNumber = versionNumber;
        this.name = name;
        this.description = description;
        this.current = true;
    }

    TemplateSection addSection(String title) {
        TemplateSection section = new TemplateSection(this, sections.size(), title);
        sections.add(section);
        return section;
    }

    void clearSections() {
        sections.clear();
    }

    public Stream<TemplateQuestion> questions() {
        return sections.stream().flatMap(section -> section.getQuestions().stream());
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public boolean isCurrent() {
        return current;
    }

    void setCurrent(boolean current) {
        this.current = current;
    }

    public List<TemplateSection> getSections() {
        return sections;
    }

    /** "Standard BRE interview (version 3)". */
    public String getLabel() {
        return name + " (version " + versionNumber + ")";
    }
}
