package org.groundwork.visit.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.interview.InterviewTemplateService;
import org.groundwork.visit.interview.TemplateSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class TemplatesViewTest extends ViewTestBase {

    @Autowired
    InterviewTemplateService templates;

    private final String name = "Editor " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsAdmin() {
        signIn("templates-admin", Role.ADMIN);
    }

    @Test
    void theListShowsTheStandardQuestionnaire() {
        TemplatesView view = navigate(TemplatesView.class);
        assertThat(test(view.grid).size()).isPositive();
        assertThat(templates.current(Pageable.ofSize(50))).extracting(TemplateSummary::name)
                .contains("Standard BRE interview");
    }

    @Test
    void anAdminBuildsANewQuestionnaireWithSectionsAndChoices() {
        TemplateEditorView editor = navigate(TemplateEditorView.class);
        test(editor.name).setValue(name);
        SectionEditor section = editor.sections.getFirst();
        test(section.title).setValue("Growth");
        QuestionEditor first = section.questions.getFirst();
        test(first.text).setValue("Which markets?");
        test(first.key).setValue("which_markets");
        test(first.type).selectItem("One choice");
        assertThat(first.choices.isVisible()).isTrue();
        test(first.choices).setValue("Local\nExport");
        test(section.addQuestion).click();
        QuestionEditor second = section.questions.get(1);
        test(second.text).setValue("Anything else?");
        test(second.key).setValue("anything_else");
        test(second.type).selectItem("Text");
        test(editor.save).click();

        assertThat(notifications()).contains("Created \"" + name + "\".");
        TemplateSummary saved = templates.current(Pageable.ofSize(200)).stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.questionCount()).isEqualTo(2);
    }

    @Test
    void aMistakeIsExplainedAndTheEditorKeepsTheWork() {
        TemplateEditorView editor = navigate(TemplateEditorView.class);
        test(editor.name).setValue(name);
        QuestionEditor question = editor.sections.getFirst().questions.getFirst();
        test(question.text).setValue("Bad key question");
        test(question.key).setValue("Bad Key");
        test(editor.save).click();
        assertThat(notifications()).anyMatch(n -> n.contains("lower-case letters"));
        assertThat(question.text.getValue()).isEqualTo("Bad key question");
    }

    @Test
    void theStandardQuestionnaireOpensInTheEditorWithItsSections() {
        Long id = templates.defaultTemplate().getId();
        TemplateEditorView editor = navigate(TemplateEditorView.class, Map.of("templateId", String.valueOf(id)));
        assertThat(editor.sections).extracting(s -> s.title.getValue()).contains("Ownership and succession",
                "Local services and barriers");
        assertThat(editor.usage.getText()).startsWith("Version");
    }
}
