package org.groundwork.issue;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The businesses a macro-issue affects: linking, severity, the issue page's list and its counts by sector. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class IssueLinkService {

    private final BusinessLinkRepository links;
    private final MacroIssueService issues;
    private final BusinessService businesses;
    private final IssueHeatService heat;

    /** Links a business once; linking it again is refused with a message naming the business. */
    public BusinessLink link(Long issueId, LinkRequest request) {
        MacroIssue issue = issues.get(issueId);
        if (request.businessId() == null) {
            throw new RuleViolationException("business", "Choose the business to link.");
        }
        Business business = businesses.get(request.businessId());
        if (links.existsByIssueIdAndBusinessId(issue.getId(), business.getId())) {
            throw new RuleViolationException("business", business.getDisplayName()
                    + " is already linked to \"" + issue.getTitle() + "\".");
        }
        BusinessLink saved = links.saveAndFlush(new BusinessLink(issue.getId(), request));
        heat.refresh(List.of(issue.getId()));
        return saved;
    }

    /** Creates the issue and links the first business in one go, as the visit page's dialog does. */
    public MacroIssue createAndLink(MacroIssue issue, LinkRequest request) {
        MacroIssue saved = issues.save(issue);
        link(saved.getId(), request);
        return saved;
    }

    public void changeSeverity(Long linkId, Severity severity) {
        links.findById(linkId).orElseThrow(() -> new RuleViolationException("That link no longer exists."))
                .setSeverity(severity);
    }

    public void unlink(Long linkId) {
        links.findById(linkId).ifPresent(link -> {
            links.delete(link);
            links.flush();
            heat.refresh(List.of(link.getIssueId()));
        });
    }

    @Transactional(readOnly = true)
    public List<LinkedBusiness> linkedTo(Long issueId, Pageable pageable) {
        return links.linkedTo(issueId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long countLinkedTo(Long issueId) {
        return links.countByIssueId(issueId);
    }

    @Transactional(readOnly = true)
    public List<SectorCount> sectorCounts(Long issueId) {
        return links.sectorCounts(issueId);
    }

    /** The issues a business is linked to, for its Issues tab. */
    @Transactional(readOnly = true)
    public List<MacroIssue> issuesOf(Long businessId) {
        return links.issueIdsOf(businessId).stream().map(issues::find).flatMap(Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    public long countForBusiness(Long businessId) {
        return links.countByBusinessId(businessId);
    }

    /**
     * Moves a merged business's links to the survivor; where both were linked to the same issue, the survivor's link
     * stays and takes the higher severity, so no issue counts the business twice.
     */
    public void moveToSurvivor(Long mergedId, Long survivorId) {
        for (BusinessLink merged : links.findByBusinessId(mergedId)) {
            links.findByBusinessId(survivorId).stream().filter(s -> s.getIssueId().equals(merged.getIssueId()))
                    .findFirst().ifPresent(survivor -> {
                        if (merged.getSeverity().compareTo(survivor.getSeverity()) > 0) {
                            survivor.setSeverity(merged.getSeverity());
                        }
                        links.delete(merged);
                    });
        }
        links.flush();
        links.moveToBusiness(mergedId, survivorId);
        heat.refresh(links.issueIdsOf(survivorId));
    }
}
