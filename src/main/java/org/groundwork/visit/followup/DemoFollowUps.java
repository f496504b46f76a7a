package org.groundwork.visit.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DemoSeeder;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's follow-ups on the first demo businesses, for the demo staff and a partner
 * organization, some overdue, one done ahead of its due date. Added only once: skipped when the first business already has the first
 * sample follow-up.
 */
@Component
@Profile("demo")
@Order(41)
@RequiredArgsConstructor
class DemoFollowUps extends DemoSeeder {

    private static final String[] FOLLOW_UPS = {
            "Send the expansion grant application form", "Introduce them to the workforce board's apprenticeship "
            + "program", "Ask public works about the flooding on Mill Road", "Share the list of available sites "
            + "over 20,000 sq ft", "Connect the owner with the small business succession adviser",
            "Check in on the lease renewal talks"};

    private final BusinessService businesses;
    private final FollowUpService followUps;
    private final StaffDirectory staff;
    private final PartnerOrganizationService organizations;
    private final Clock clock;

    @Override
    protected void seed() {
        List<Business> sample = businesses.search(BusinessFilter.all(), PageRequest.of(0, 12, Sort.by("id")));
        if (sample.isEmpty() || alreadyAdded(sample.getFirst())) {
            return;
        }
        addFollowUps(sample);
    }

    /** The first sample follow-up marks the samples as added. */
    private boolean alreadyAdded(Business first) {
        return followUps.ofBusiness(first.getId(), PageRequest.of(0, 100)).stream()
                .anyMatch(row -> FOLLOW_UPS[0].equals(row.followUp().getDescription()));
    }

    private void addFollowUps(List<Business> sample) {
        List<Long> owners = staff.findByUsername("staff").map(StaffMember::id).stream().toList();
        Optional<Long> riley = staff.findByUsername("riley").map(StaffMember::id);
        Optional<PartnerOrganization> partner = organizations.search(null, false, PageRequest.of(0, 1)).stream()
                .findFirst();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < FOLLOW_UPS.length; i++) {
            FollowUp followUp = new FollowUp(sample.get(i % sample.size()), null, null);
            followUp.setDescription(FOLLOW_UPS[i]);
            // The one the demo closes was due in two days, so the program's "follow-ups on time" starts on time.
            followUp.setDueDate(i == 0 ? today.plusDays(2) : today.plusDays(i * 4L - 6));
            if (i == 1 && partner.isPresent()) {
                followUp.setOwnerOrganization(partner.get());
            } else if (i % 2 == 1 && riley.isPresent()) {
                followUp.setOwnerStaffId(riley.get());
            } else if (!owners.isEmpty()) {
                followUp.setOwnerStaffId(owners.getFirst());
            } else {
                continue;
            }
            FollowUp created = followUps.create(followUp);
            if (i == 0) {
                FollowUp acknowledged = followUps.acknowledge(created.getId(), created.getVersion());
                followUps.close(created.getId(), acknowledged.getVersion(), FollowUpStatus.DONE,
                        "Application sent; they are applying for the spring round.");
            } else if (i == 3) {
                followUps.acknowledge(created.getId(), created.getVersion());
            }
        }
    }
}
