package org.groundwork.stakeholder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.groundwork.issue.ActionPlanService;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.MacroIssue;
import org.groundwork.security.Role;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.TestIssues;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartnersViewTest extends ViewTestBase {

    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    TestIssues issues;
    @Autowired
    ActionPlanService actionPlans;

    private final String name = "Utility " + UUID.randomUUID().toString().substring(0, 6);
    private PartnersView view;

    @BeforeEach
    void open() {
        signIn("partners-staff", Role.STAFF);
        view = navigate(PartnersView.class);
    }

    @Test
    void anOrganizationIsCreatedWithAContactAndCanBeRetired() {
        test(view.newOrganization).click();
        PartnerEditor editor = $(PartnerEditor.class).single();
        test(editor.form.name).setValue(name);
        test(editor.form.type).selectItem("Utility");
        test(editor.save).click();
        test(view.search).setValue(name);
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.grid).clickRow(0);
        editor = $(PartnerEditor.class).single();
        ContactsPanel contacts = $(ContactsPanel.class).single();
        test(contacts.name).setValue("Jo Lineworker");
        test(contacts.title).setValue("Key accounts");
        test(contacts.email).setValue("jo@utility.example");
        test(contacts.save).click();
        assertThat(test(contacts.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Active");
    }

    @Test
    void deletingAnOrganizationThatOwnsOpenActionItemsIsRefusedWithTheReason() {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(name);
        Long id = organizations.save(organization).getId();
        MacroIssue issue = issues.create("Power quality " + name, IssueCategory.UTILITIES);
        actionPlans.save(TestIssues.step(issue, "Meter the substations", id));

        test(view.search).setValue(name);
        test(view.grid).clickRow(0);
        PartnerEditor editor = $(PartnerEditor.class).single();
        editor.delete();
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("can't be deleted")
                .contains("It owns 1 open action item.").contains("Retire it instead"));
        assertThat(organizations.find(id)).isPresent();
    }
}
