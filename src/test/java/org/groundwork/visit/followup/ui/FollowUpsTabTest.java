package org.groundwork.visit.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestOrganizations;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.followup.FollowUpService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FollowUpsTabTest extends ViewTestBase {

    @Autowired
    FollowUpsTab tab;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    FollowUpService followUps;

    @Test
    void aFollowUpOwnedByAPartnerOrganizationIsAddedFromTheBusinessPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        signIn("follow-up-tab-" + suffix, Role.STAFF);
        Business business = businesses.named("Tabbed " + suffix);
        PartnerOrganization saved = organizations.named("Tab College " + suffix);

        UI.getCurrent().add(tab.create(business));
        test($(Button.class).withText("Add follow-up").single()).click();
        FollowUpDialog dialog = (FollowUpDialog) $(Dialog.class).single();
        test(dialog.form.description).setValue("Arrange a welding course");
        test(dialog.form.ownerKind).selectItem(FollowUpForm.ORGANIZATION);
        assertThat(dialog.form.staffOwner.isVisible()).isFalse();
        dialog.form.organizationOwner.setValue(saved);
        test(dialog.save).click();

        assertThat(notifications()).contains("Follow-up saved.");
        assertThat(followUps.ofBusiness(business.getId(), org.springframework.data.domain.PageRequest.of(0, 5)))
                .extracting(row -> row.ownerName()).containsExactly("Tab College " + suffix);
        assertThat(followUps.ofBusiness(business.getId(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst().followUp().getOwnerStaffId()).isNull();
    }
}
