package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.groundwork.base.Roles;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityCard;
import org.groundwork.opportunity.OpportunityFilter;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.StageTotals;
import org.springframework.data.domain.PageRequest;

/**
 * The growth pipeline: a column per stage with its totals (summed in the database) and its most recently changed
 * opportunities. Dragging a card to another column moves it; won and lost ask for the outcome first.
 */
@Route("opportunities")
@PageTitle("Opportunities")
@Menu(title = "Opportunities", order = 300, icon = "vaadin:trending-up")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
public class OpportunityBoardView extends VerticalLayout {

    static final int CARDS_PER_COLUMN = 50;

    final Map<OpportunityStage, StageColumn> columns = new EnumMap<>(OpportunityStage.class);
    final Button newOpportunity = new Button("New opportunity", VaadinIcon.PLUS.create());
    private final transient OpportunityService opportunities;
    private final transient StageMover mover;

    public OpportunityBoardView(OpportunityService opportunities, OpportunityUiServices services) {
        this.opportunities = opportunities;
        this.mover = new StageMover(opportunities, this::refresh);
        setSizeFull();
        newOpportunity.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newOpportunity.addClickListener(e -> services.open(new Opportunity(), saved -> refresh()));
        Span hint = new Span("Drag a card to another column to move it.");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout toolbar = new HorizontalLayout(newOpportunity,
                new RouterLink("Filtered list", OpportunityListView.class), hint);
        toolbar.setAlignItems(Alignment.BASELINE);
        HorizontalLayout board = new HorizontalLayout();
        board.setWidthFull();
        board.getStyle().set("overflow-x", "auto");
        for (OpportunityStage stage : OpportunityStage.values()) {
            StageColumn column = new StageColumn(stage, this::moveCard);
            columns.put(stage, column);
            board.add(column);
        }
        add(toolbar, board);
        refresh();
    }

    /** What a drop does; also the entry point tests use. */
    void moveCard(OpportunityCard card, OpportunityStage to) {
        mover.move(card.id(), card.version(), card.title(), card.stage(), to);
    }

    void refresh() {
        Map<OpportunityStage, StageTotals> totals = opportunities.totals();
        columns.forEach((stage, column) -> column.show(totals.get(stage), opportunities.search(
                new OpportunityFilter(null, stage, null, null), PageRequest.of(0, CARDS_PER_COLUMN))));
    }
}
