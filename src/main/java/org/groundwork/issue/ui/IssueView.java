package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.MacroIssue;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.base.ui.RouteIds;

/**
 * One macro-issue: its details and status, heat, the businesses it affects with counts by sector, its action plan,
 * comments and history.
 */
@Route("issues/:id")
@PageTitle("Issue")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class IssueView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Span summary = new Span();
    final Span heat = new Span();
    final Paragraph description = new Paragraph();
    final ComboBox<IssueStatus> status = new ComboBox<>("Status");
    final Button edit = new Button("Edit details");
    LinkedBusinessesPanel businesses;
    ActionPlanPanel actionPlan;
    CommentsPanel comments;
    HistoryPanel history;
    SharingPanel sharing;
    private final transient IssueUiServices services;
    private transient MacroIssue issue;

    IssueView(IssueUiServices services) {
        this.services = services;
        status.setItems(IssueStatus.values());
        status.setItemLabelGenerator(IssueStatus::label);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                IssueMoves.move(services.issues(), issue.getId(), issue.getVersion(), issue.getTitle(), e.getValue());
                show(issue.getId());
            }
        });
        edit.addClickListener(e -> new IssueDialog(services.issues().get(issue.getId()), services,
                saved -> show(saved.getId())).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = RouteIds.of(event, "id").orElse(null);
        if (id == null || services.issues().find(id).isEmpty()) {
            event.rerouteToError(NotFoundException.class, "That issue doesn't exist.");
            return;
        }
        show(id);
    }

    void show(Long id) {
        issue = services.issues().get(id);
        removeAll();
        title.setText(issue.getTitle());
        String lead = issue.getLeadOrganizationId() == null ? "no lead partner yet"
                : services.partners().find(issue.getLeadOrganizationId()).map(PartnerOrganization::getName)
                        .map(name -> "led by " + name).orElse("no lead partner yet");
        summary.setText(issue.getCategory().label() + " · " + lead);
        description.setText(issue.getDescription() == null ? "" : issue.getDescription());
        status.setValue(issue.getStatus());
        refreshHeat();
        businesses = new LinkedBusinessesPanel(issue, services, this::refreshHeat);
        actionPlan = new ActionPlanPanel(issue, services);
        comments = new CommentsPanel(issue, services);
        history = new HistoryPanel(issue, services);
        sharing = new SharingPanel(issue, services, history::refresh);
        HorizontalLayout controls = new HorizontalLayout(status, edit);
        controls.setAlignItems(Alignment.BASELINE);
        add(title, summary, heat, description, controls, businesses, actionPlan, sharing, comments,
                history);
    }

    private void refreshHeat() {
        IssueHeat now = services.heat().of(issue);
        heat.setText("Heat " + now.score() + " · " + HeatText.of(now));
        heat.getElement().setAttribute("title", IssueHeat.SCORE_EXPLAINED);
    }
}
