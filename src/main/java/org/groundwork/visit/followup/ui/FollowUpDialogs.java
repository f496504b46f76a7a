package org.groundwork.visit.followup.ui;

import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.springframework.stereotype.Component;

/**
 * Opens the follow-up dialogs from anywhere (a visit, a flag, a business, the list), so callers need only this one
 * bean. A new follow-up is owned by the person creating it and due in a week until they say otherwise.
 */
@Component
@RequiredArgsConstructor
public class FollowUpDialogs {

    private final FollowUpService followUps;
    private final StaffDirectory staff;
    private final PartnerOrganizationService organizations;
    private final Clock clock;

    public void openNew(Business business, Long visitId, Long flagId, String description, Runnable onSaved) {
        FollowUp draft = new FollowUp(business, visitId, flagId);
        draft.setDescription(description);
        draft.setDueDate(LocalDate.now(clock).plusWeeks(1));
        draft.setOwnerStaffId(followUps.myStaffId());
        new FollowUpDialog(followUps, staff, organizations, draft, onSaved).open();
    }

    public void openEdit(FollowUp followUp, Runnable onSaved) {
        new FollowUpDialog(followUps, staff, organizations, followUp, onSaved).open();
    }

    public void openClose(FollowUp followUp, Runnable onClosed) {
        new CloseFollowUpDialog(followUps, followUp, onClosed).open();
    }

    public void acknowledge(FollowUp followUp, Runnable onDone) {
        try {
            followUps.acknowledge(followUp.getId(), followUp.getVersion());
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Acknowledged.");
        onDone.run();
    }
}
