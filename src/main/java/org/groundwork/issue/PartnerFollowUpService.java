package org.groundwork.issue;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.followup.FollowUpStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's follow-ups: those the signed-in partner's organization owns, acknowledged and closed by its people,
 * measured by the same service standards as staff's (the same records, the same timestamps). The access filter
 * picks the organization and hides the business's identity unless it consented.
 */
@Service
@PreAuthorize(PartnerPortalService.IS_PARTNER)
@Transactional
@RequiredArgsConstructor
public class PartnerFollowUpService {

    private final AccessFilter access;
    private final FollowUpService followUps;

    @Transactional(readOnly = true)
    public List<PortalFollowUp> mine(boolean includeClosed, Pageable pageable) {
        return followUps.ownedByOrganization(access.requirePartnerOrganization(), includeClosed, pageable).stream()
                .map(this::portal).toList();
    }

    @Transactional(readOnly = true)
    public long countMine(boolean includeClosed) {
        return followUps.countOwnedByOrganization(access.requirePartnerOrganization(), includeClosed);
    }

    public PortalFollowUp acknowledge(Long id, long expectedVersion) {
        return portal(followUps.acknowledgeForOrganization(access.requirePartnerOrganization(), id,
                expectedVersion));
    }

    public PortalFollowUp close(Long id, long expectedVersion, FollowUpStatus closedAs, String outcome) {
        return portal(followUps.closeForOrganization(access.requirePartnerOrganization(), id, expectedVersion,
                closedAs, outcome));
    }

    private PortalFollowUp portal(FollowUp followUp) {
        if (!access.showsFollowUp(followUp.getOwnerOrganization().getId())) {
            throw new NotVisibleException();
        }
        String business = access.showsIdentity(followUp.getBusiness().isConsentToName())
                ? followUp.getBusiness().getDisplayName() : PortalFollowUp.UNNAMED;
        return new PortalFollowUp(followUp.getId(), followUp.getVersion(), business, followUp.getDescription(),
                followUp.getDueDate(), followUp.getStatus(), followUp.getOutcome(), followUp.getRequestedAt(),
                followUp.getAcknowledgedAt());
    }
}
