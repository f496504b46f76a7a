package org.groundwork.portal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.Board;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.PartnerPortalService;
import org.groundwork.issue.ui.IssueFilterBar;
import org.springframework.data.domain.PageRequest;

/**
 * The issues shared with the partner's organization, as a board (the generic read-only {@link Board}, a column per
 * status with its count; at a phone's width the columns scroll sideways) or a list, with the issue filters.
 */
@Route(PortalRoutes.BOARD)
@PageTitle("Shared issues")
@Menu(title = "Shared issues", order = 10, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.STAKEHOLDER)
class PortalBoardView extends VerticalLayout {

    /** The board shows at most this many issues per status; the list pages through all of them. */
    static final int PER_COLUMN = 50;

    final IssueFilterBar filters = new IssueFilterBar("Find an issue or a business", this::refresh);
    final Div businessHits = new Div();
    final Board<IssueHeat, IssueStatus> board = new Board<>(IssueHeat.class, IssueStatus.class, IssueStatus::label,
            "status", new PortalIssueCards());
    final Paragraph nothingShared = new Paragraph("No issues shared with your organization match. When program "
            + "staff share an issue with you, it appears here.");
    final Grid<IssueHeat> list = new Grid<>();
    private final transient PartnerPortalService portal;

    PortalBoardView(PartnerPortalService portal) {
        this.portal = portal;
        setSizeFull();
        board.addClassName("gw-portal-board");
        list.addColumn(IssueHeat::title).setHeader("Issue").setFlexGrow(2);
        list.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true);
        list.addColumn(PortalTexts::weight).setHeader("Businesses affected").setFlexGrow(1);
        list.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PortalRoutes.issue(e.getItem().id()))));
        list.setSizeFull();
        TabSheet views = new TabSheet();
        views.add("Board", new VerticalLayout(nothingShared, board));
        views.add("List", list);
        views.setSizeFull();
        add(filters, businessHits, views);
        refresh();
    }

    /** The search also finds businesses on their shared issues, by name, where the business agreed to be named. */
    private void showBusinessHits(String text) {
        businessHits.removeAll();
        portal.search(text, 10).stream().filter(hit -> hit.businessName() != null).forEach(hit -> businessHits.add(
                new Div(new Anchor(PortalRoutes.issue(hit.issueId()), hit.businessName() + " — on \""
                        + hit.issueTitle() + "\""))));
    }

    /** A status chosen in the filters leaves only its column on the board. */
    void refresh() {
        IssueFilter filter = filters.filter();
        showBusinessHits(filter.text());
        list.setItemsPageable(p -> portal.sharedIssues(filter, p), p -> portal.countSharedIssues(filter));
        long shared = 0;
        for (IssueStatus column : IssueStatus.values()) {
            boolean shown = filter.status() == null || filter.status() == column;
            board.columns.get(column).setVisible(shown);
            if (shown) {
                IssueFilter inColumn = new IssueFilter(filter.text(), filter.category(), column);
                List<IssueHeat> issues = portal.sharedIssues(inColumn, PageRequest.of(0, PER_COLUMN));
                long total = portal.countSharedIssues(inColumn);
                board.show(column, total == 1 ? "1 issue" : total + " issues", total, issues);
                shared += total;
            }
        }
        nothingShared.setVisible(shared == 0);
    }
}
