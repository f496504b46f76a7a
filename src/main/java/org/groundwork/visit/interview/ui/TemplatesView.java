package org.groundwork.visit.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
import org.groundwork.visit.interview.InterviewTemplateService;
import org.groundwork.visit.interview.TemplateSummary;

/** Administrators keep the interview questionnaires: the current version of each, and how much it is used. */
@Route("admin/templates")
@PageTitle("Questionnaires")
@Menu(title = "Questionnaires", order = 910, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN)
class TemplatesView extends VerticalLayout {

    final Grid<TemplateSummary> grid = new Grid<>();
    final Button create = new Button("New questionnaire", VaadinIcon.PLUS.create());

    TemplatesView(InterviewTemplateService templates) {
        setSizeFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class)));
        grid.addColumn(TemplateSummary::name).setHeader("Questionnaire").setFlexGrow(1);
        grid.addColumn(TemplateSummary::versionNumber).setHeader("Version").setAutoWidth(true);
        grid.addColumn(TemplateSummary::questionCount).setHeader("Questions").setAutoWidth(true);
        grid.addColumn(TemplateSummary::visitsUsingIt).setHeader("Visits answered with it").setAutoWidth(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class,
                TemplateEditorView.parameters(e.getItem().id()))));
        grid.setItemsPageable(templates::current, pageable -> templates.countCurrent());
        add(new Paragraph("Changing a questionnaire that visits have already used saves a new version; those "
                + "visits keep the version they were answered with."), create, grid);
    }
}
