package org.groundwork.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessTab;
import org.groundwork.issue.MacroIssue;

/** The business page's Issues tab: the macro-issues the business is linked to. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class IssuesTab implements BusinessTab {

    private final IssueUiServices services;

    @Override
    public String title() {
        return "Issues";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Component create(Business business) {
        Grid<MacroIssue> grid = new Grid<>();
        grid.addColumn(MacroIssue::getTitle).setHeader("Issue").setAutoWidth(true);
        grid.addColumn(i -> i.getCategory().label()).setHeader("Category");
        grid.addColumn(i -> i.getStatus().label()).setHeader("Status");
        grid.setAllRowsVisible(true);
        grid.setItems(services.links().issuesOf(business.getId()));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("issues/" + e.getItem().getId())));
        return grid;
    }
}
