package org.groundwork.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Lets a feature put a component into the shell's top bar (global search, say) without the shell depending on
 * that feature. Implementations are Spring beans; each call must return a new component.
 */
public interface ShellContribution {

    Component navbarComponent();

    /** What a contribution returns for a person it has nothing for: an empty element, hidden. */
    static Component nothing() {
        Span nothing = new Span();
        nothing.setVisible(false);
        return nothing;
    }

    /**
     * A top-bar button showing how many new things wait (no number at zero), read out by screen readers as, say,
     * "3 new mentions" ({@code one} and {@code many} are "new mention" and "new mentions").
     */
    static Button countBadge(VaadinIcon icon, long count, String one, String many) {
        Button badge = new Button(count == 0 ? "" : String.valueOf(count), icon.create());
        badge.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        badge.getElement().setAttribute("aria-label", count + " " + (count == 1 ? one : many));
        return badge;
    }
}
