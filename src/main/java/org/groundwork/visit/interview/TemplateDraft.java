package org.groundwork.visit.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire being edited: plain data, changed freely in the editor and handed to
 * {@link InterviewTemplateService#save} as a whole. {@code templateId} and {@code version} name the template
 * version it was opened from (null for a new questionnaire), so a stale save is refused.
 */
public class TemplateDraft {

    public record Section(String title, List<QuestionSpec> questions) {

        public Section {
            questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
        }
    }

    private final Long templateId;
    private final long version;
    private String name;
    private String description;
    private final List<Section> sections = new ArrayList<>();

    public TemplateDraft(Long templateId, long version, String name, String description) {
        this.templateId = templateId;
        this.version = version;
        this.name = name;
        this.description = description;
    }

    static TemplateDraft of(InterviewTemplate template) {
        TemplateDraft draft = new TemplateDraft(template.getId(), template.getVersion(), template.getName(),
                template.getDescription());
        template.getSections().forEach(section -> draft.sections.add(new Section(section.getTitle(),
                section.getQuestions().stream().map(TemplateQuestion::spec).toList())));
        return draft;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Section> getSections() {
        return sections;
    }
}
