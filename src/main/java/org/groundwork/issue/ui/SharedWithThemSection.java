package org.groundwork.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.IssueSharingService;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.SharePermission;
import org.groundwork.issue.ShareRow;
import org.groundwork.stakeholder.OrganizationSection;
import org.groundwork.stakeholder.PartnerOrganization;

/** The "Shared with them" tab of an organization's page: each issue (or the whole board) shared, and unsharing. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class SharedWithThemSection implements OrganizationSection {

    private final IssueSharingService sharing;

    @Override
    public String title() {
        return "Shared with them";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(PartnerOrganization organization) {
        Grid<ShareRow> grid = new Grid<>();
        Runnable refresh = () -> grid.setItems(sharing.sharedWith(organization.getId()));
        grid.addColumn(ShareRow::what).setHeader("What").setFlexGrow(2);
        grid.addColumn(row -> row.permission().label()).setHeader("They may").setFlexGrow(1);
        grid.addComponentColumn(row -> {
            Button unshare = new Button("Stop sharing", e -> {
                sharing.unshare(row.shareId());
                Notifications.success("No longer shared: " + row.what() + ".");
                refresh.run();
            });
            unshare.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return unshare;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        refresh.run();
        Select<SharePermission> permission = new Select<>();
        permission.setItems(SharePermission.values());
        permission.setItemLabelGenerator(SharePermission::label);
        permission.setValue(SharePermission.VIEW);
        Button wholeBoard = new Button("Share every issue on the board", e -> {
            try {
                sharing.shareBoard(MacroIssue.MAIN_BOARD, organization.getId(), permission.getValue());
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            refresh.run();
        });
        VerticalLayout section = new VerticalLayout(new Paragraph("Share single issues from the issue's page. "
                + "Sharing the whole board also shares issues added later."), grid, permission, wholeBoard);
        section.setPadding(false);
        return section;
    }
}
