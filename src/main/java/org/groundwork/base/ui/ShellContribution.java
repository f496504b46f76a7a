package org.groundwork.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets a feature put a component into the shell's top bar (global search, say) without the shell depending on
 * that feature. Implementations are Spring beans; each call must return a new component.
 */
public interface ShellContribution {

    Component navbarComponent();
}
