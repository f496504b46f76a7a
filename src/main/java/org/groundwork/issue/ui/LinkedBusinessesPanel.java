package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.groundwork.base.Formats;
import org.groundwork.issue.LinkedBusiness;
import org.groundwork.issue.MacroIssue;

/** The issue's linked businesses (paged in the database), their count by sector, and "Link a business". */
class LinkedBusinessesPanel extends VerticalLayout {

    final Grid<LinkedBusiness> grid = new Grid<>();
    final Span sectors = new Span();
    final Button link = new Button("Link a business", VaadinIcon.LINK.create());
    private final transient IssueUiServices services;
    private final transient MacroIssue issue;

    LinkedBusinessesPanel(MacroIssue issue, IssueUiServices services, Runnable onChange) {
        this.issue = issue;
        this.services = services;
        setPadding(false);
        grid.addColumn(LinkedBusiness::name).setHeader("Business").setAutoWidth(true);
        grid.addColumn(l -> l.sector() == null ? Formats.EMPTY : l.sector().label()).setHeader("Sector");
        grid.addColumn(l -> l.employees() == null ? Formats.EMPTY : String.valueOf(l.employees()))
                .setHeader("Employees");
        grid.addColumn(LinkedBusiness::openRedFlags).setHeader("Open red flags");
        grid.addColumn(l -> l.severity().label()).setHeader("Severity");
        grid.addColumn(LinkedBusinessesPanel::source).setHeader("Came from");
        grid.setAllRowsVisible(true);
        grid.setPageSize(25);
        link.addClickListener(e -> new LinkBusinessDialog(issue, services, () -> {
            refresh();
            onChange.run();
        }).open());
        add(new H3("Businesses affected"), sectors, link, grid);
        refresh();
    }

    private static String source(LinkedBusiness link) {
        if (link.sourceVisitId() != null) {
            return "Visit #" + link.sourceVisitId();
        }
        return link.sourceFlagId() != null ? "Flag #" + link.sourceFlagId() : "Added by hand";
    }

    void refresh() {
        grid.setItemsPageable(p -> services.links().linkedTo(issue.getId(), p),
                p -> services.links().countLinkedTo(issue.getId()));
        String bySector = services.links().sectorCounts(issue.getId()).stream()
                .map(c -> c.businesses() + " in " + (c.sector() == null ? "unknown sector" : c.sector().label()))
                .collect(Collectors.joining(", "));
        sectors.setText(bySector.isEmpty() ? "No businesses linked yet." : "By sector: " + bySector + ".");
    }
}
