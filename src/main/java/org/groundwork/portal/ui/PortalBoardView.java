package org.groundwork.portal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.PartnerPortalService;
import org.springframework.data.domain.PageRequest;

/**
 * The issues shared with the partner's organization, as a board (a column per status) or a list, with filters.
 * At a phone's width the columns stack.
 */
@Route(PortalRoutes.BOARD)
@PageTitle("Shared issues")
@Menu(title = "Shared issues", order = 10, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.STAKEHOLDER)
public class PortalBoardView extends VerticalLayout {

    /** The board shows at most this many issues per status; the list pages through all of them. */
    static final int PER_COLUMN = 50;

    final TextField search = new TextField();
    final ComboBox<IssueCategory> category = new ComboBox<>();
    final ComboBox<IssueStatus> status = new ComboBox<>();
    final Div businessHits = new Div();
    final FlexLayout board = new FlexLayout();
    final Grid<IssueHeat> list = new Grid<>();
    private final transient PartnerPortalService portal;

    public PortalBoardView(PartnerPortalService portal) {
        this.portal = portal;
        setSizeFull();
        search.setPlaceholder("Find an issue or a business");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        category.setPlaceholder("Any category");
        category.setItems(IssueCategory.values());
        category.setItemLabelGenerator(IssueCategory::label);
        category.setClearButtonVisible(true);
        status.setPlaceholder("Any status");
        status.setItems(IssueStatus.values());
        status.setItemLabelGenerator(IssueStatus::label);
        status.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, category, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("gw-filters");
        board.addClassName("gw-portal-board");
        list.addColumn(IssueHeat::title).setHeader("Issue").setFlexGrow(2);
        list.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true);
        list.addColumn(PortalTexts::weight).setHeader("Businesses affected").setFlexGrow(1);
        list.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PortalRoutes.issue(e.getItem().id()))));
        list.setSizeFull();
        TabSheet views = new TabSheet();
        views.add("Board", board);
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

    private IssueFilter filter() {
        return new IssueFilter(search.getValue(), category.getValue(), status.getValue());
    }

    void refresh() {
        IssueFilter filter = filter();
        showBusinessHits(filter.text());
        list.setItemsPageable(p -> portal.sharedIssues(filter, p), p -> portal.countSharedIssues(filter));
        board.removeAll();
        long shared = 0;
        for (IssueStatus column : IssueStatus.values()) {
            if (filter.status() != null && filter.status() != column) {
                continue;
            }
            IssueFilter inColumn = new IssueFilter(filter.text(), filter.category(), column);
            List<IssueHeat> issues = portal.sharedIssues(inColumn, PageRequest.of(0, PER_COLUMN));
            shared += issues.size();
            Div cards = new Div(new H3(column.label() + " (" + portal.countSharedIssues(inColumn) + ")"));
            cards.addClassName("gw-portal-column");
            issues.forEach(issue -> cards.add(new PortalIssueCard(issue)));
            board.add(cards);
        }
        if (shared == 0) {
            board.add(new Paragraph("No issues shared with your organization match. When program staff share "
                    + "an issue with you, it appears here."));
        }
    }
}
