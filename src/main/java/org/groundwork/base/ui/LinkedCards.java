package org.groundwork.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The boards' usual card: the record's title linking to its page, a line saying what it is about and a small line
 * of figures. The caller says what each card shows ({@link Face}), which column it is in and what a drop does; the
 * issue board and the pipeline both use it, so their cards look and behave alike.
 */
public final class LinkedCards<T, S extends Enum<S>> implements BoardCards<T, S> {

    /** What one card shows; {@code figuresHint} is the figures' tooltip, null for none. */
    public record Face(Long id, String title, String about, String figures, String figuresHint) {
    }

    private final Class<? extends Component> page;
    private final transient Function<T, S> status;
    private final transient Function<T, Face> face;
    private final transient BiConsumer<T, S> move;

    /**
     * @param page the record's page, routed with an {@code id} parameter
     * @param move what dropping the card on another column does: move it and refresh the board
     */
    public LinkedCards(Class<? extends Component> page, Function<T, S> status, Function<T, Face> face,
                       BiConsumer<T, S> move) {
        this.page = page;
        this.status = status;
        this.face = face;
        this.move = move;
    }

    @Override
    public Long id(T item) {
        return face.apply(item).id();
    }

    @Override
    public S statusOf(T item) {
        return status.apply(item);
    }

    @Override
    public Component content(T item) {
        Face shown = face.apply(item);
        RouterLink title = new RouterLink(shown.title(), page, new RouteParameters("id", String.valueOf(shown.id())));
        Span figures = new Span(shown.figures());
        figures.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        if (shown.figuresHint() != null) {
            figures.getElement().setAttribute("title", shown.figuresHint());
        }
        VerticalLayout lines = new VerticalLayout(title, new Span(shown.about()), figures);
        lines.setPadding(false);
        lines.setSpacing(false);
        return lines;
    }

    @Override
    public void move(T item, S to) {
        move.accept(item, to);
    }
}
