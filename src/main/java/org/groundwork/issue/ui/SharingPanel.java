package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.SharePermission;
import org.groundwork.issue.ShareRow;
import org.groundwork.stakeholder.PartnerOrganization;
import org.springframework.data.domain.PageRequest;

/**
 * Who the issue is shared with and what each may do, with a plain-words account of what partners will and won't
 * see. Sharing, changing and unsharing go straight to the audit trail and the issue's history.
 */
class SharingPanel extends VerticalLayout {

    static final String WHAT_PARTNERS_SEE = "Partners you share with see the title, description, status, lead "
            + "partner, the action plan, comments marked \"shared with partners\", and counts of the businesses "
            + "affected (by sector, employees, open red flags). They see a business's name only where it agreed to "
            + "be named to partners.";
    static final String WHAT_PARTNERS_NEVER_SEE = "They never see visit notes, interview answers, flags, "
            + "opportunities, internal comments or other organizations' follow-ups.";

    final Grid<ShareRow> shares = new Grid<>();
    final ComboBox<PartnerOrganization> organization = new ComboBox<>("Share with");
    final Select<SharePermission> permission = new Select<>();
    final Button share = new Button("Share");
    private final transient IssueUiServices forms;
    private final transient MacroIssue issue;
    private final transient Runnable onChange;

    SharingPanel(MacroIssue issue, IssueUiServices forms, Runnable onChange) {
        this.issue = issue;
        this.forms = forms;
        this.onChange = onChange;
        setPadding(false);
        shares.addColumn(ShareRow::organizationName).setHeader("Organization").setAutoWidth(true);
        shares.addColumn(row -> row.wholeBoard() ? "Whole board" : "This issue").setHeader("Through");
        shares.addComponentColumn(this::permissionOf).setHeader("They may").setFlexGrow(1);
        shares.addComponentColumn(this::unshareButton).setAutoWidth(true);
        shares.setAllRowsVisible(true);
        organization.setItemLabelGenerator(PartnerOrganization::getName);
        organization.setItems(q -> forms.partners().search(q.getFilter().orElse(""), false,
                PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) forms.partners().count(q.getFilter().orElse(""), false));
        permission.setLabel("They may");
        permission.setItems(SharePermission.values());
        permission.setItemLabelGenerator(SharePermission::label);
        permission.setValue(SharePermission.VIEW);
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        share.addClickListener(e -> share());
        FlexLayout add = new FlexLayout(organization, permission, share);
        add.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add.setAlignItems(Alignment.BASELINE);
        add.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H3("Sharing"), new Paragraph(WHAT_PARTNERS_SEE), new Paragraph(WHAT_PARTNERS_NEVER_SEE), shares,
                add);
        refresh();
    }

    void refresh() {
        shares.setItems(forms.sharing().sharesOf(issue.getId()));
    }

    private void share() {
        try {
            forms.sharing().share(issue.getId(), organization.getValue() == null ? null : organization.getValue()
                    .getId(), permission.getValue());
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, Map.of("organization", organization));
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Shared with " + organization.getValue().getName() + ". They "
                + permission.getValue().explained() + ".");
        organization.clear();
        refresh();
        onChange.run();
    }

    private Select<SharePermission> permissionOf(ShareRow row) {
        Select<SharePermission> change = new Select<>();
        change.setItems(SharePermission.values());
        change.setItemLabelGenerator(SharePermission::label);
        change.setValue(row.permission());
        change.setEnabled(!row.wholeBoard());
        change.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                forms.sharing().share(issue.getId(), row.organizationId(), e.getValue());
                refresh();
                onChange.run();
            }
        });
        return change;
    }

    private Button unshareButton(ShareRow row) {
        Button unshare = new Button("Stop sharing", e -> {
            forms.sharing().unshare(row.shareId());
            Notifications.success("No longer shared with " + row.organizationName() + ".");
            refresh();
            onChange.run();
        });
        unshare.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return unshare;
    }
}
