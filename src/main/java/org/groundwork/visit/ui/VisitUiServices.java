package org.groundwork.visit.ui;

import java.time.Clock;
import org.groundwork.business.BusinessService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.VisitService;
import org.springframework.stereotype.Component;

/** The services the visit dialogs need, handed around as one so every opener builds them the same way. */
@Component
record VisitUiServices(VisitService visits, BusinessService businesses, StaffDirectory staff,
                       PartnerOrganizationService organizations, Clock clock) {
}
