package org.groundwork.base.ui;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;

/** One column of a {@link Board}: its heading, its count or totals line and its cards. */
public class BoardColumn<S extends Enum<S>> extends VerticalLayout {

    public final S status;
    public final Span summary = new Span();
    public final VerticalLayout cards = new VerticalLayout();

    BoardColumn(S status, String heading, String statusAttribute, Consumer<Object> onDrop) {
        this.status = status;
        addClassName("gw-board-column");
        getElement().setAttribute("data-" + statusAttribute, status.name());
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "13rem").set("flex", "1 1 0");
        summary.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        cards.setPadding(false);
        cards.setMinHeight("6rem");
        add(new H3(heading), summary, cards);
        DropTarget<BoardColumn<S>> target = DropTarget.create(this);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(onDrop));
    }
}
