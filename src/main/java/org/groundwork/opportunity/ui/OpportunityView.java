package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.StageChange;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.base.ui.RouteIds;

/** One opportunity: its details, buttons to move it to another stage, and every stage change with who and when. */
@Route("opportunities/:id")
@PageTitle("Opportunity")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class OpportunityView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final FormLayout details = new FormLayout();
    final HorizontalLayout moves = new HorizontalLayout();
    final Button edit = new Button("Edit details");
    final Grid<StageChange> history = new Grid<>();
    private final transient OpportunityUiServices services;
    private transient Opportunity opportunity;

    OpportunityView(OpportunityUiServices services) {
        this.services = services;
        edit.addClickListener(e -> services.open(services.opportunities().get(opportunity.getId()), saved -> show(saved.getId())));
        history.addColumn(c -> Formats.dateTime(c.getCreatedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(StageChange::getCreatedBy).setHeader("Who").setAutoWidth(true);
        history.addColumn(c -> (c.getFrom() == null ? "Created" : c.getFrom().label()) + " → " + c.getTo().label())
                .setHeader("Move").setAutoWidth(true);
        history.addColumn(c -> c.getReason() == null ? "" : c.getReason()).setHeader("Reason");
        history.setAllRowsVisible(true);
        add(title, details, new HorizontalLayout(edit), new H3("Move to"), moves, new H3("Stage history"), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = RouteIds.of(event, "id").orElse(null);
        if (id == null || services.opportunities().find(id).isEmpty()) {
            event.rerouteToError(NotFoundException.class, "That opportunity doesn't exist.");
            return;
        }
        show(id);
    }

    void show(Long id) {
        opportunity = services.opportunities().get(id);
        title.setText(opportunity.getTitle());
        details.removeAll();
        item("Business", services.businesses().get(opportunity.getBusinessId()).getDisplayName());
        item("Kind", opportunity.getType().label());
        item("Stage", opportunity.getStage().label());
        item("New jobs expected", Money.jobs(opportunity.getProjectedJobs()));
        item("Jobs retained", Money.jobs(opportunity.getRetainedJobs()));
        item("Capital investment", Money.of(opportunity.getCapitalInvestment()));
        item("Expected by", Formats.date(opportunity.getExpectedDate()));
        item("Partners involved", services.partners().findAll(opportunity.getPartnerIds()).stream()
                .map(PartnerOrganization::getName).sorted().collect(Collectors.joining(", ")));
        if (opportunity.getStage().isClosed()) {
            item("Outcome", opportunity.getOutcomeReason());
            item("Date", Formats.date(opportunity.getActualDate()));
        }
        if (opportunity.getStage() == OpportunityStage.WON) {
            item("New jobs created", Money.jobs(opportunity.getRealizedJobs()));
            item("Investment made", Money.of(opportunity.getRealizedInvestment()));
        }
        moves.removeAll();
        StageMover mover = new StageMover(services.opportunities(), () -> show(id));
        for (OpportunityStage stage : OpportunityStage.values()) {
            if (stage != opportunity.getStage()) {
                Button move = new Button(stage.label(), e -> mover.move(opportunity.getId(), opportunity.getVersion(),
                        opportunity.getTitle(), opportunity.getStage(), stage));
                move.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                moves.add(move);
            }
        }
        history.setItems(services.opportunities().stageHistory(id));
    }

    private void item(String label, String value) {
        details.addFormItem(new Span(value == null || value.isBlank() ? Formats.EMPTY : value), label);
    }
}
