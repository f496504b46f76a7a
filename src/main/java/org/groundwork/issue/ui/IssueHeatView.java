package org.groundwork.issue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueHeatService;

/** Which macro-issues matter most: issues ranked by heat, summed and ordered in the database, a page at a time. */
@Route("issues/heat")
@PageTitle("Issue heat")
@Menu(title = "Issue heat", order = 402, icon = "vaadin:fire")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class IssueHeatView extends VerticalLayout {

    final IssueFilterBar filters = new IssueFilterBar("Find by title", this::refresh);
    final Grid<IssueHeat> grid = new Grid<>();
    private final transient IssueHeatService heat;

    IssueHeatView(IssueHeatService heat) {
        this.heat = heat;
        setSizeFull();
        grid.addColumn(IssueHeat::score).setHeader("Heat").setAutoWidth(true);
        grid.addColumn(IssueHeat::title).setHeader("Issue").setAutoWidth(true);
        grid.addColumn(i -> i.category().label()).setHeader("Category");
        grid.addColumn(i -> i.status().label()).setHeader("Status");
        grid.addColumn(IssueHeat::businesses).setHeader("Businesses");
        grid.addColumn(IssueHeat::employees).setHeader("Employees");
        grid.addColumn(IssueHeat::openRedFlags).setHeader("Open red flags");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("issues/" + e.getItem().id())));
        grid.setSizeFull();
        add(new Paragraph(IssueHeat.SCORE_EXPLAINED + " Issues no business is linked to yet are left out."),
                filters, grid);
        refresh();
    }

    void refresh() {
        IssueFilter filter = filters.filter();
        grid.setItemsPageable(pageable -> heat.ranking(filter, pageable), pageable -> heat.count(filter));
    }
}
