package org.groundwork.visit.flag;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.CurrentUser;
import org.groundwork.visit.VisitCompleted;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags on businesses: raised by rules when a visit is completed or by staff by hand, resolved with a note.
 * After every change the business's open red and yellow counts (its risk level) are reported to the business
 * module, in the same transaction.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class FlagService {

    private final FlagRepository flags;
    private final FlagRuleRepository rules;
    private final BusinessService businesses;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Transactional(readOnly = true)
    public List<Flag> search(FlagFilter filter, Pageable pageable) {
        return flags.search(filter.colour(), filter.status(), filter.ownerId(), filter.sector(), filter.businessId(),
                pageable);
    }

    @Transactional(readOnly = true)
    public long count(FlagFilter filter) {
        return flags.countMatching(filter.colour(), filter.status(), filter.ownerId(), filter.sector(),
                filter.businessId());
    }

    @Transactional(readOnly = true)
    public Optional<Flag> find(Long id) {
        return flags.findById(id);
    }

    /** A person raises a flag by hand; the message says what is wrong, the note may say more. */
    public Flag raise(Flag flag) {
        if (!flag.isNew()) {
            throw new IllegalArgumentException("Raise only new flags");
        }
        if (flag.getMessage() == null) {
            throw new RuleViolationException("message", "Say in a few words what the warning is.");
        }
        Business business = businesses.get(flag.getBusiness().getId());
        Flag fresh = new Flag(business, flag.getColour(), flag.getMessage(), FlagOrigin.MANUAL);
        fresh.setNote(flag.getNote());
        fresh.raised(clock.instant(), currentUser.displayName().orElse(null), null, null);
        Flag saved = flags.saveAndFlush(fresh);
        syncRisk(business.getId());
        return saved;
    }

    /** Resolves an open flag; the note (what was done, or why it no longer applies) is required. */
    public Flag resolve(Long id, long expectedVersion, String note) {
        if (note == null || note.isBlank()) {
            throw new RuleViolationException("resolutionNote", "Write a short note on how it was resolved.");
        }
        Flag flag = flags.findById(id).orElseThrow(() -> new RuleViolationException("That flag no longer exists."));
        flag.requireVersion(expectedVersion);
        if (!flag.isOpen()) {
            throw new RuleViolationException("This flag has already been resolved.");
        }
        flag.resolve(clock.instant(), currentUser.displayName().orElse(null), note.trim());
        flags.saveAndFlush(flag);
        syncRisk(flag.getBusiness().getId());
        return flag;
    }

    /**
     * Evaluates the enabled rules for a completed visit and raises a flag for each that holds, unless the business
     * already has an open flag from that rule, or with the same warning (two lease rules, say).
     */
    public List<Flag> raiseByRules(VisitCompleted visit) {
        Business business = businesses.get(visit.businessId());
        VisitFacts facts = VisitFacts.of(visit, business, clock.instant().atZone(clock.getZone()).toLocalDate());
        List<Flag> raised = rules.findByEnabledTrueOrderByIdAsc().stream()
                .filter(rule -> RuleEvaluation.holds(rule, facts))
                .filter(rule -> !flags.existsByBusinessIdAndRuleIdAndStatus(business.getId(), rule.getId(),
                        FlagStatus.OPEN))
                .filter(rule -> !flags.existsByBusinessIdAndMessageAndStatus(business.getId(), rule.getMessage(),
                        FlagStatus.OPEN))
                .map(rule -> {
                    Flag flag = new Flag(business, rule.getColour(), rule.getMessage(), FlagOrigin.RULE);
                    flag.raised(clock.instant(), null, rule.getId(), visit.visitId());
                    return flags.saveAndFlush(flag);
                }).toList();
        if (!raised.isEmpty()) {
            syncRisk(business.getId());
        }
        return raised;
    }

    /** The business's flags, newest first, for its timeline. */
    @Transactional(readOnly = true)
    public List<Flag> newestOf(Long businessId, int limit) {
        return flags.newestOf(businessId, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public long countOf(Long businessId) {
        return flags.countByBusinessId(businessId);
    }

    /** Moves every flag of a merged business to the one that survives, and recounts both. */
    public void moveAll(Long mergedId, Long survivorId) {
        Business survivor = businesses.get(survivorId);
        List<Flag> moved = flags.findByBusinessId(mergedId);
        moved.forEach(flag -> flag.moveTo(survivor));
        flags.saveAllAndFlush(moved);
        syncRisk(mergedId);
        syncRisk(survivorId);
    }

    private void syncRisk(Long businessId) {
        int red = (int) flags.countByBusinessIdAndStatusAndColour(businessId, FlagStatus.OPEN, FlagColour.RED);
        int yellow = (int) flags.countByBusinessIdAndStatusAndColour(businessId, FlagStatus.OPEN, FlagColour.YELLOW);
        businesses.recordOpenFlags(businessId, red, yellow);
    }
}
