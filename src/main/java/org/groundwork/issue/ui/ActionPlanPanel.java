package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.groundwork.base.Formats;
import org.groundwork.issue.ActionItem;
import org.groundwork.issue.MacroIssue;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.PartnerOrganization;

/** The issue's action plan: each step with its owner, due date and status; click a step to edit it. */
class ActionPlanPanel extends VerticalLayout {

    final Grid<ActionItem> grid = new Grid<>();
    final Button add = new Button("Add a step", VaadinIcon.PLUS.create());
    private final transient IssueUiServices services;
    private final transient MacroIssue issue;
    private transient Map<Long, String> staffNames = Map.of();
    private transient Map<Long, String> partnerNames = Map.of();

    ActionPlanPanel(MacroIssue issue, IssueUiServices services) {
        this.issue = issue;
        this.services = services;
        setPadding(false);
        grid.addColumn(ActionItem::getDescription).setHeader("Step").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(this::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(i -> Formats.date(i.getDueDate())).setHeader("Due");
        grid.addColumn(i -> i.getStatus().label()).setHeader("Status");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> new ActionItemDialog(services.actionPlans().get(e.getItem().getId()), services,
                this::refresh).open());
        add.addClickListener(e -> new ActionItemDialog(new ActionItem(issue.getId()), services, this::refresh).open());
        add(new H3("Action plan"), add, grid);
        refresh();
    }

    private String owner(ActionItem item) {
        String name = item.getOwnerOrganizationId() != null ? partnerNames.get(item.getOwnerOrganizationId())
                : staffNames.get(item.getOwnerStaffId());
        return name == null ? Formats.EMPTY : name;
    }

    /** Reads the plan and its owners' names in three queries, not one per row. */
    void refresh() {
        List<ActionItem> items = services.actionPlans().itemsOf(issue.getId());
        Set<Long> staffIds = items.stream().map(ActionItem::getOwnerStaffId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> organizationIds = items.stream().map(ActionItem::getOwnerOrganizationId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        staffNames = services.staff().findAll(staffIds).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        partnerNames = services.partners().findAll(organizationIds).stream()
                .collect(Collectors.toMap(PartnerOrganization::getId, PartnerOrganization::getName));
        grid.setItems(items);
    }
}
