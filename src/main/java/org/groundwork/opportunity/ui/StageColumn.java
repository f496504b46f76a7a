package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.function.BiConsumer;
import org.groundwork.opportunity.OpportunityCard;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.StageTotals;

/** One stage of the pipeline board: its totals and its cards; cards are dragged between columns to move them. */
class StageColumn extends VerticalLayout {

    final OpportunityStage stage;
    final Span totals = new Span();
    final VerticalLayout cards = new VerticalLayout();

    StageColumn(OpportunityStage stage, BiConsumer<OpportunityCard, OpportunityStage> onDrop) {
        this.stage = stage;
        addClassName("gw-board-column");
        getElement().setAttribute("data-stage", stage.name());
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "14rem").set("flex", "1 1 0");
        setPadding(true);
        totals.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        cards.setPadding(false);
        cards.setMinHeight("6rem");
        add(new H3(stage.label()), totals, cards);
        DropTarget<StageColumn> target = DropTarget.create(this);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> onDrop.accept((OpportunityCard) data, stage)));
    }

    void show(StageTotals stageTotals, List<OpportunityCard> shown) {
        totals.setText(stageTotals.count() + " · " + Money.jobs(stageTotals.projectedJobs()) + " new jobs expected"
                + (stage == OpportunityStage.WON ? " · " + Money.jobs(stageTotals.realizedJobs()) + " created" : "")
                + " · " + Money.of(stageTotals.investment()));
        cards.removeAll();
        shown.forEach(card -> cards.add(card(card)));
        if (stageTotals.count() > shown.size()) {
            cards.add(new Span((stageTotals.count() - shown.size()) + " more in the list"));
        }
    }

    private static Div card(OpportunityCard card) {
        Div box = new Div();
        box.addClassName("gw-board-card");
        box.getElement().setAttribute("data-id", String.valueOf(card.id()));
        box.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("width", "100%").set("box-sizing", "border-box").set("cursor", "grab");
        RouterLink title = new RouterLink(card.title(), OpportunityView.class,
                new RouteParameters("id", String.valueOf(card.id())));
        Span business = new Span(card.businessName());
        Span figures = new Span(card.type().label() + " · " + Money.jobs(card.projectedJobs()) + " jobs · "
                + Money.of(card.capitalInvestment()));
        figures.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        VerticalLayout lines = new VerticalLayout(title, business, figures);
        lines.setPadding(false);
        lines.setSpacing(false);
        box.add(lines);
        DragSource<Div> source = DragSource.create(box);
        source.setDragData(card);
        return box;
    }
}
