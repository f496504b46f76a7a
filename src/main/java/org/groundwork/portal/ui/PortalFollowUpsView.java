package org.groundwork.portal.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
import org.groundwork.base.Formats;
import org.groundwork.issue.PartnerFollowUpService;
import org.groundwork.issue.PortalFollowUp;

/**
 * The follow-ups the partner's organization owns, soonest due first; tap one to acknowledge it or close it with an
 * outcome. A business is named only if it agreed to be named to partners.
 */
@Route(PortalRoutes.FOLLOW_UPS)
@PageTitle("Our follow-ups")
@Menu(title = "Follow-ups", order = 20, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.STAKEHOLDER)
public class PortalFollowUpsView extends VerticalLayout {

    final Checkbox showClosed = new Checkbox("Show closed");
    final Grid<PortalFollowUp> grid = new Grid<>();
    private final transient PartnerFollowUpService followUps;

    public PortalFollowUpsView(PartnerFollowUpService followUps) {
        this.followUps = followUps;
        setSizeFull();
        showClosed.addValueChangeListener(e -> refresh());
        grid.addColumn(PortalFollowUp::description).setHeader("What").setFlexGrow(2);
        grid.addColumn(PortalFollowUp::business).setHeader("Business").setFlexGrow(1);
        grid.addColumn(f -> Formats.date(f.dueDate())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(f -> f.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addItemClickListener(e -> new PortalFollowUpDialog(e.getItem(), followUps, this::refresh).open());
        grid.setSizeFull();
        add(showClosed, grid);
        refresh();
    }

    void refresh() {
        boolean closed = showClosed.getValue();
        grid.setItemsPageable(p -> followUps.mine(closed, p), p -> followUps.countMine(closed));
    }
}
