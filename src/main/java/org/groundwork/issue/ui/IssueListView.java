package org.groundwork.issue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;

/** Every macro-issue, filtered by title, category and status, paged in the database. */
@Route("issues/list")
@PageTitle("Issue list")
@Menu(title = "Issue list", order = 401, icon = "vaadin:list")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class IssueListView extends VerticalLayout {

    final IssueFilterBar filters = new IssueFilterBar("Find by title", this::refresh);
    final Grid<MacroIssue> grid = new Grid<>();
    private final transient MacroIssueService issues;

    IssueListView(MacroIssueService issues) {
        this.issues = issues;
        setSizeFull();
        grid.addColumn(MacroIssue::getTitle).setHeader("Title").setAutoWidth(true);
        grid.addColumn(i -> i.getCategory().label()).setHeader("Category");
        grid.addColumn(i -> i.getStatus().label()).setHeader("Status");
        grid.addColumn(i -> Formats.dateTime(i.getUpdatedAt())).setHeader("Last changed");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("issues/" + e.getItem().getId())));
        grid.setSizeFull();
        add(filters, grid);
        refresh();
    }

    void refresh() {
        IssueFilter filter = filters.filter();
        grid.setItemsPageable(pageable -> issues.search(filter, pageable), pageable -> issues.count(filter));
    }
}
