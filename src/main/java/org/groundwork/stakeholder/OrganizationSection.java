package org.groundwork.stakeholder;

import com.vaadin.flow.component.Component;

/**
 * A section of a partner organization's page contributed by another feature (its users, what is shared with it),
 * so this module does not depend on those features. Implementations are Spring beans; {@link #create} is called
 * each time the page opens and must read through the contributing feature's secured services.
 */
public interface OrganizationSection {

    String title();

    /** Position among the sections; contacts, the organization's own section, come first. */
    int order();

    Component create(PartnerOrganization organization);
}
