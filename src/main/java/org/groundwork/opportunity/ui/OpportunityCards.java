package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.groundwork.base.ui.BoardCards;
import org.groundwork.opportunity.OpportunityCard;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.StageTotals;

/** The pipeline's cards: title, business and figures; a drop moves the opportunity (won and lost ask first). */
class OpportunityCards implements BoardCards<OpportunityCard, OpportunityStage> {

    private final transient StageMover mover;

    OpportunityCards(StageMover mover) {
        this.mover = mover;
    }

    /** A stage's count and the jobs and investment it holds, summed in the database. */
    static String summary(OpportunityStage stage, StageTotals totals) {
        return totals.count() + " · " + Money.jobs(totals.projectedJobs()) + " new jobs expected"
                + (stage == OpportunityStage.WON ? " · " + Money.jobs(totals.realizedJobs()) + " created" : "")
                + " · " + Money.of(totals.investment());
    }

    @Override
    public Long id(OpportunityCard card) {
        return card.id();
    }

    @Override
    public OpportunityStage statusOf(OpportunityCard card) {
        return card.stage();
    }

    @Override
    public Component content(OpportunityCard card) {
        RouterLink title = new RouterLink(card.title(), OpportunityView.class,
                new RouteParameters("id", String.valueOf(card.id())));
        Span figures = new Span(card.type().label() + " · " + Money.jobs(card.projectedJobs()) + " jobs · "
                + Money.of(card.capitalInvestment()));
        figures.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        VerticalLayout lines = new VerticalLayout(title, new Span(card.businessName()), figures);
        lines.setPadding(false);
        lines.setSpacing(false);
        return lines;
    }

    @Override
    public void move(OpportunityCard card, OpportunityStage to) {
        mover.move(card.id(), card.version(), card.title(), card.stage(), to);
    }
}
