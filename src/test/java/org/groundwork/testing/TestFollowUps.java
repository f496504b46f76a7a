package org.groundwork.testing;

import java.time.LocalDate;
import org.groundwork.business.Business;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.springframework.stereotype.Component;

/** Creates follow-ups for tests through the real service (the caller must be signed in as staff). */
@Component
public record TestFollowUps(FollowUpService followUps) {

    /** A follow-up not yet saved and without an owner, as a form starts one. */
    public static FollowUp draft(Business business, String description, LocalDate due) {
        FollowUp followUp = new FollowUp(business, null, null);
        followUp.setDescription(description);
        followUp.setDueDate(due);
        return followUp;
    }

    public FollowUp forStaff(Business business, String description, LocalDate due, Long staffId) {
        FollowUp followUp = draft(business, description, due);
        followUp.setOwnerStaffId(staffId);
        return followUps.create(followUp);
    }

    public FollowUp forOrganization(Business business, String description, LocalDate due,
            PartnerOrganization organization) {
        FollowUp followUp = draft(business, description, due);
        followUp.setOwnerOrganization(organization);
        return followUps.create(followUp);
    }
}
