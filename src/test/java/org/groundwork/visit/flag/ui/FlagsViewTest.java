package org.groundwork.visit.flag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.RiskLevel;
import org.groundwork.security.Role;
import org.groundwork.security.StaffMember;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFlags;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.followup.FollowUpService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FlagsViewTest extends ViewTestBase {

    @Autowired
    FlagsTab tab;
    @Autowired
    TestFlags flags;
    @Autowired
    FollowUpService followUps;
    @Autowired
    BusinessService businesses;
    @Autowired
    TestBusinesses testBusinesses;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private UserAccount me;
    private Business business;

    @BeforeEach
    void signInWithAFlaggedBusiness() {
        me = signIn("flags-view-" + suffix, Role.STAFF);
        business = testBusinesses.named("Riverside Mill " + suffix, me.getId());
        flags.raise(business, FlagColour.RED, "Considering a move to Ohio");
        flags.raise(business, FlagColour.YELLOW, "Sales declining");
    }

    @Test
    void openFlagsFilterByOwnerAndColour() {
        FlagsView view = myFlags();
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.colour).selectItem(FlagColour.RED.label());
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).getMessage()).isEqualTo("Considering a move to Ohio");
        assertThat(test(view.grid).getRow(0).getBusiness().getDisplayName()).isEqualTo("Riverside Mill " + suffix);
    }

    @Test
    void resolvingNeedsANoteAndLowersTheRiskLevel() {
        FlagsView view = myFlags();
        test(view.colour).selectItem(FlagColour.RED.label());
        click(view.grid, "Resolve…");
        ResolveFlagDialog dialog = (ResolveFlagDialog) $(Dialog.class).single();
        test(dialog.resolve).click();
        assertThat(dialog.form.note.isInvalid()).isTrue();
        test(dialog.form.note).setValue("They signed a new ten-year lease here.");
        test(dialog.resolve).click();
        assertThat(notifications()).contains("Flag resolved.");
        assertThat(test(view.grid).size()).isZero();
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.WATCH);
    }

    @Test
    void aFollowUpStartsFromAFlag() {
        FlagsView view = myFlags();
        test(view.colour).selectItem(FlagColour.RED.label());
        click(view.grid, "Follow up…");
        var dialog = $(Dialog.class).single();
        Button save = $(Button.class, dialog).withText("Save follow-up").single();
        test(save).click();
        assertThat(notifications()).contains("Follow-up saved.");
        var created = followUps.ownedBy(me.getId(), false, org.springframework.data.domain.PageRequest.of(0, 5));
        assertThat(created).hasSize(1);
        assertThat(created.getFirst().followUp().getDescription()).isEqualTo("Considering a move to Ohio");
        assertThat(created.getFirst().followUp().getFlagId()).isNotNull();
    }

    @Test
    void theBusinessPageTabRaisesAFlagByHand() {
        UI.getCurrent().add(tab.create(business));
        test($(Button.class).withText("Raise a flag").single()).click();
        RaiseFlagDialog dialog = (RaiseFlagDialog) $(Dialog.class).single();
        test(dialog.raise).click();
        assertThat(dialog.message.isInvalid()).isTrue();
        test(dialog.colour).selectItem(FlagColour.RED.label());
        test(dialog.message).setValue("Owner mentioned layoffs after the holidays");
        test(dialog.raise).click();
        assertThat(notifications()).contains("Flag raised.");
        FlagGrid grid = $(FlagGrid.class).single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(businesses.get(business.getId()).getFigures().getOpenRedFlags()).isEqualTo(2);
    }

    /** The flags page filtered to the businesses I look after. */
    private FlagsView myFlags() {
        FlagsView view = navigate(FlagsView.class);
        view.owner.setValue(new StaffMember(me.getId(), me.getUsername(), me.getFullName()));
        return view;
    }

    private void click(FlagGrid grid, String label) {
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, "actions");
        test(actions.getChildren().filter(c -> c instanceof Button b && label.equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow()).click();
    }
}
