package org.groundwork.visit.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.visit.interview.TemplateDraft;

/** One section of the questionnaire editor: its title and its questions, which can be added, moved, removed. */
class SectionEditor extends Div {

    final TextField title = new TextField("Section");
    final Div questionsHost = new Div();
    final Button addQuestion = new Button("Add question", VaadinIcon.PLUS.create());
    final List<QuestionEditor> questions = new ArrayList<>();
    private final boolean readOnly;

    SectionEditor(TemplateEditorView editor, TemplateDraft.Section section, boolean readOnly) {
        this.readOnly = readOnly;
        addClassName("gw-section-editor");
        title.setValue(section.title() == null ? "" : section.title());
        title.setWidthFull();
        title.setReadOnly(readOnly);
        section.questions().forEach(spec -> questions.add(wire(new QuestionEditor(spec, readOnly))));
        addQuestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addQuestion.addClickListener(e -> {
            questions.add(wire(new QuestionEditor(TemplateEditorView.blankQuestion(), false)));
            render();
        });
        Button up = new Button("Section up", e -> editor.move(this, -1));
        Button down = new Button("Section down", e -> editor.move(this, 1));
        Button remove = new Button("Remove section", e -> editor.remove(this));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div sectionActions = new Div(up, down, remove);
        sectionActions.setVisible(!readOnly);
        addQuestion.setVisible(!readOnly);
        add(title, sectionActions, questionsHost, addQuestion);
        render();
    }

    private QuestionEditor wire(QuestionEditor question) {
        question.up.addClickListener(e -> move(question, -1));
        question.down.addClickListener(e -> move(question, 1));
        question.remove.addClickListener(e -> {
            questions.remove(question);
            render();
        });
        return question;
    }

    private void move(QuestionEditor question, int by) {
        int from = questions.indexOf(question);
        int to = from + by;
        if (to >= 0 && to < questions.size()) {
            questions.remove(from);
            questions.add(to, question);
            render();
        }
    }

    private void render() {
        questionsHost.removeAll();
        questions.forEach(questionsHost::add);
    }

    TemplateDraft.Section section() {
        return new TemplateDraft.Section(title.getValue(), questions.stream().map(QuestionEditor::spec).toList());
    }

    boolean isReadOnly() {
        return readOnly;
    }
}
