package org.groundwork.issue.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.BiConsumer;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueStatus;

/** One status of the issue board: how many issues it holds and their cards, each with its heat. */
class StatusColumn extends VerticalLayout {

    final IssueStatus status;
    final Span count = new Span();
    final VerticalLayout cards = new VerticalLayout();

    StatusColumn(IssueStatus status, BiConsumer<IssueHeat, IssueStatus> onDrop) {
        this.status = status;
        addClassName("gw-board-column");
        getElement().setAttribute("data-status", status.name());
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "13rem").set("flex", "1 1 0");
        count.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        cards.setPadding(false);
        cards.setMinHeight("6rem");
        add(new H3(status.label()), count, cards);
        DropTarget<StatusColumn> target = DropTarget.create(this);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> onDrop.accept((IssueHeat) data, status)));
    }

    void show(long total, List<IssueHeat> shown) {
        count.setText(total == 1 ? "1 issue" : total + " issues");
        cards.removeAll();
        shown.forEach(issue -> cards.add(card(issue)));
        if (total > shown.size()) {
            cards.add(new Span((total - shown.size()) + " more in the list"));
        }
    }

    private static Div card(IssueHeat issue) {
        Div box = new Div();
        box.addClassName("gw-board-card");
        box.getElement().setAttribute("data-id", String.valueOf(issue.id()));
        box.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("width", "100%").set("box-sizing", "border-box").set("cursor", "grab");
        RouterLink title = new RouterLink(issue.title(), IssueView.class,
                new RouteParameters("id", String.valueOf(issue.id())));
        Span category = new Span(issue.category().label());
        Span heat = new Span("Heat " + issue.score() + " · " + HeatText.of(issue));
        heat.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        heat.getElement().setAttribute("title", IssueHeat.SCORE_EXPLAINED);
        VerticalLayout lines = new VerticalLayout(title, category, heat);
        lines.setPadding(false);
        lines.setSpacing(false);
        box.add(lines);
        DragSource.create(box).setDragData(issue);
        return box;
    }
}
