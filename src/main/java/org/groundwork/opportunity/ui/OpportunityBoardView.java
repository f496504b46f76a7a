package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.Board;
import org.groundwork.base.ui.BoardColumn;
import org.groundwork.base.ui.LinkedCards;
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
class OpportunityBoardView extends VerticalLayout {

    static final int CARDS_PER_COLUMN = 50;

    final Map<OpportunityStage, BoardColumn<OpportunityStage>> columns;
    final Button newOpportunity = new Button("New opportunity", VaadinIcon.PLUS.create());
    private final transient OpportunityService opportunities;
    private final Board<OpportunityCard, OpportunityStage> board;

    OpportunityBoardView(OpportunityService opportunities, OpportunityUiServices services) {
        this.opportunities = opportunities;
        StageMover mover = new StageMover(opportunities, this::refresh);
        setSizeFull();
        newOpportunity.addClickListener(e -> services.open(new Opportunity(), saved -> refresh()));
        board = new Board<>(OpportunityCard.class, OpportunityStage.class, OpportunityStage::label, "stage",
                new LinkedCards<>(OpportunityView.class, OpportunityCard::stage, OpportunityBoardView::face,
                        (card, to) -> mover.move(card.id(), card.version(), card.title(), card.stage(), to)));
        columns = board.columns;
        add(Board.toolbar(newOpportunity, new RouterLink("Filtered list", OpportunityListView.class),
                Board.hint("Drag a card to another column to move it.")), board);
        refresh();
    }

    private static LinkedCards.Face face(OpportunityCard card) {
        return new LinkedCards.Face(card.id(), card.title(), card.businessName(), card.type().label() + " · "
                + Money.jobs(card.projectedJobs()) + " jobs · " + Money.of(card.capitalInvestment()), null);
    }

    /** A stage's count and the jobs and investment it holds, summed in the database. */
    private static String summary(OpportunityStage stage, StageTotals totals) {
        return totals.count() + " · " + Money.jobs(totals.projectedJobs()) + " new jobs expected"
                + (stage == OpportunityStage.WON ? " · " + Money.jobs(totals.realizedJobs()) + " created" : "")
                + " · " + Money.of(totals.investment());
    }

    void refresh() {
        Map<OpportunityStage, StageTotals> totals = opportunities.totals();
        for (OpportunityStage stage : OpportunityStage.values()) {
            StageTotals stageTotals = totals.get(stage);
            board.show(stage, summary(stage, stageTotals), stageTotals.count(), opportunities.search(
                    new OpportunityFilter(null, stage, null, null), PageRequest.of(0, CARDS_PER_COLUMN)));
        }
    }
}
