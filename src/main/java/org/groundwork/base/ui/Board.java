package org.groundwork.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one drag-and-drop board: a column per value of a status enum, each with a count or totals line and the
 * cards the caller shows in it; dropping a card on another column asks the caller ({@link BoardCards#move}) to
 * move it. Used by the issue board and the opportunity pipeline; generic over the card and the status so other
 * boards (the partner portal's) reuse it. A move from a stale board is refused by the service's version check:
 * {@link #tryMove} shows that conflict to the person, and the caller refreshes.
 *
 * @param <T> what a card shows (a row or record carrying id, version and status)
 * @param <S> the status enum whose values are the columns
 */
public class Board<T, S extends Enum<S>> extends HorizontalLayout {

    public final Map<S, BoardColumn<S>> columns;
    private final transient BoardCards<T, S> cards;
    private final Class<T> itemType;

    /**
     * @param statusAttribute names the columns' {@code data-} attribute holding the status (for end-to-end tests)
     */
    public Board(Class<T> itemType, Class<S> statuses, Function<S, String> heading, String statusAttribute,
                 BoardCards<T, S> cards) {
        this.itemType = itemType;
        this.cards = cards;
        setWidthFull();
        getStyle().set("overflow-x", "auto");
        Map<S, BoardColumn<S>> built = new EnumMap<>(statuses);
        for (S status : statuses.getEnumConstants()) {
            BoardColumn<S> column = new BoardColumn<>(status, heading.apply(status), statusAttribute,
                    data -> dropped(data, status));
            built.put(status, column);
            add(column);
        }
        columns = Collections.unmodifiableMap(built);
    }

    /** Shows a column: its summary line and the first cards of {@code total}; the rest are in the list. */
    public void show(S status, String summary, long total, List<T> shown) {
        BoardColumn<S> column = columns.get(status);
        column.summary.setText(summary);
        column.cards.removeAll();
        shown.forEach(item -> column.cards.add(card(item)));
        if (total > shown.size()) {
            column.cards.add(new Span((total - shown.size()) + " more in the list"));
        }
    }

    /** The row above a board: the primary button that adds a card, then links to other views and a hint. */
    public static HorizontalLayout toolbar(Button add, Component... more) {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(add);
        toolbar.add(more);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    /** A quiet line of help for the toolbar, such as how to move a card. */
    public static Span hint(String text) {
        Span hint = new Span(text);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return hint;
    }

    /**
     * Runs a move and says what happened: done, refused as stale ({@code conflict}: someone else moved or changed
     * the card since the board was shown), or failed. True when it went through.
     */
    public static boolean tryMove(Runnable move, String done, String conflict) {
        try {
            move.run();
            Notifications.success(done);
            return true;
        } catch (OptimisticLockingFailureException stale) {
            Notifications.error(conflict);
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
        }
        return false;
    }

    private void dropped(Object data, S to) {
        if (itemType.isInstance(data)) {
            T item = itemType.cast(data);
            if (cards.statusOf(item) != to && cards.canMove(item)) {
                cards.move(item, to);
            }
        }
    }

    private Div card(T item) {
        Div box = new Div(cards.content(item));
        box.addClassName("gw-board-card");
        box.getElement().setAttribute("data-id", String.valueOf(cards.id(item)));
        box.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("width", "100%").set("box-sizing", "border-box");
        if (cards.canMove(item)) {
            box.getStyle().set("cursor", "grab");
            DragSource.create(box).setDragData(item);
        }
        return box;
    }
}
