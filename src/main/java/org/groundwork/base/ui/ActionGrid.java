package org.groundwork.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A grid whose rows end in small buttons that change the row (the flags' "Resolve…", the follow-ups' "Close…"):
 * once one has, the grid runs what the page holding it set with {@link #setOnChange}.
 */
public abstract class ActionGrid<T> extends Grid<T> {

    private transient Runnable onChange = () -> { };

    /** What to do after a row changed through one of its buttons (usually: reload the rows). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Says a row changed; handed to the dialogs the buttons open, so it runs what is set when they close. */
    protected void changed() {
        onChange.run();
    }

    /** A row's buttons (or what stands in their place), side by side. */
    protected static HorizontalLayout actions(Component... buttons) {
        HorizontalLayout actions = new HorizontalLayout(buttons);
        actions.setSpacing(false);
        return actions;
    }

    /** A button inside a grid row: small and quiet, so the rows stay compact. */
    public static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
