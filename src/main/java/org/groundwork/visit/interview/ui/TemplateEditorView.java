package org.groundwork.visit.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.RouteIds;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.interview.AnswerType;
import org.groundwork.visit.interview.InterviewTemplate;
import org.groundwork.visit.interview.InterviewTemplateService;
import org.groundwork.visit.interview.QuestionSpec;
import org.groundwork.visit.interview.TemplateDraft;
import org.groundwork.visit.interview.TemplateSaved;

/**
 * Edits a questionnaire as a whole and saves it in one go. The service decides whether the save edits the
 * version in place or, because visits already used it, becomes a new version; the editor says which.
 */
@Route("admin/templates/edit/:templateId?([0-9]+)")
@PageTitle("Edit questionnaire")
@RolesAllowed(Roles.ADMIN)
class TemplateEditorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField name = new TextField("Name");
    final TextField description = new TextField("Description");
    final Paragraph usage = new Paragraph();
    final Div sectionsHost = new Div();
    final Button addSection = new Button("Add section", VaadinIcon.PLUS.create());
    final Button save = new Button("Save questionnaire");
    final List<SectionEditor> sections = new ArrayList<>();
    private final transient InterviewTemplateService templates;
    private transient TemplateDraft draft;
    private boolean readOnly;

    TemplateEditorView(InterviewTemplateService templates) {
        this.templates = templates;
        setMaxWidth("60rem");
        name.setWidthFull();
        description.setWidthFull();
        addSection.addClickListener(e -> {
            sections.add(new SectionEditor(this, new TemplateDraft.Section("New section",
                    List.of(blankQuestion())), false));
            renderSections();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    private boolean exists(Long templateId) {
        try {
            templates.get(templateId);
            return true;
        } catch (RuleViolationException gone) {
            return false;
        }
    }

    static RouteParameters parameters(Long templateId) {
        return new RouteParameters("templateId", String.valueOf(templateId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean given = event.getRouteParameters().get("templateId").isPresent();
        Long id = RouteIds.of(event, "templateId").filter(this::exists).orElse(null);
        if (given && id == null) {
            event.rerouteToError(NotFoundException.class, "There is no questionnaire with that number.");
            return;
        }
        if (id == null) {
            draft = new TemplateDraft(null, 0, "", "");
            draft.getSections().add(new TemplateDraft.Section("First section", List.of(blankQuestion())));
            usage.setText("A new questionnaire. It becomes available for new visits when saved.");
        } else {
            InterviewTemplate template = templates.get(id);
            draft = templates.draftOf(id);
            readOnly = !template.isCurrent();
            long used = templates.visitsUsing(id);
            usage.setText(readOnly ? "This is version " + template.getVersionNumber() + ", kept for the visits "
                    + "answered with it. It can't be changed."
                    : "Version " + template.getVersionNumber() + ". " + (used == 0 ? "No visit has used it yet, "
                    + "so changes apply to this version." : used + (used == 1 ? " visit has" : " visits have")
                    + " used it, so saving creates version " + (template.getVersionNumber() + 1)
                    + " and those visits keep this one."));
        }
        name.setValue(draft.getName() == null ? "" : draft.getName());
        description.setValue(draft.getDescription() == null ? "" : draft.getDescription());
        name.setReadOnly(readOnly);
        description.setReadOnly(readOnly);
        draft.getSections().forEach(section -> sections.add(new SectionEditor(this, section, readOnly)));
        add(usage, name, description, sectionsHost);
        if (!readOnly) {
            add(addSection, save);
        }
        renderSections();
    }

    static QuestionSpec blankQuestion() {
        return new QuestionSpec("", "", null, AnswerType.YES_NO, false, List.of());
    }

    void renderSections() {
        sectionsHost.removeAll();
        sections.forEach(sectionsHost::add);
    }

    void move(SectionEditor section, int by) {
        int from = sections.indexOf(section);
        int to = from + by;
        if (to >= 0 && to < sections.size()) {
            sections.remove(from);
            sections.add(to, section);
            renderSections();
        }
    }

    void remove(SectionEditor section) {
        sections.remove(section);
        renderSections();
    }

    private void save() {
        TemplateDraft edited = new TemplateDraft(draft.getTemplateId(), draft.getVersion(), name.getValue(),
                description.getValue());
        sections.forEach(section -> edited.getSections().add(section.section()));
        TemplateSaved saved;
        try {
            saved = templates.save(edited);
        } catch (RuleViolationException rule) {
            if ("name".equals(rule.getField())) {
                name.setErrorMessage(rule.getMessage());
                name.setInvalid(true);
            }
            Notifications.error(rule.getMessage());
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success(saved.message());
        getUI().ifPresent(ui -> ui.navigate(TemplatesView.class));
    }
}
