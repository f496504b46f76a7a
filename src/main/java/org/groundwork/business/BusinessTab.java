package org.groundwork.business;

import com.vaadin.flow.component.Component;

/**
 * A tab on the business page contributed by another feature (visits, opportunities, issues, timeline), so the
 * business module does not depend on them. Implementations are Spring beans; {@link #create} is called each
 * time the page opens and must read through the contributing feature's secured services.
 */
public interface BusinessTab {

    String title();

    /** Position among the tabs; the business's own tabs use 0 to 99. */
    int order();

    Component create(Business business);
}
