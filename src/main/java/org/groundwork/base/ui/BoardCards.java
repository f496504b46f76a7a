package org.groundwork.base.ui;

import com.vaadin.flow.component.Component;

/**
 * What the caller of a {@link Board} says about its cards: which column a card is in, what it shows, whether the
 * person may drag it, and what dropping it on another column does.
 */
public interface BoardCards<T, S extends Enum<S>> {

    Long id(T item);

    S statusOf(T item);

    /** The card's lines; the board wraps them in the card box. */
    Component content(T item);

    /** Whether the person looking may move this card; cards they may not move are shown but not draggable. */
    default boolean canMove(T item) {
        return true;
    }

    /** Dropped on another column: move it (see {@link Board#tryMove}) and refresh the board. */
    void move(T item, S to);
}
