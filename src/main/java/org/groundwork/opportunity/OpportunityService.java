package org.groundwork.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The growth pipeline for everyone inside the EDO: opportunities, their moves between stages and totals. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final StageChangeRepository changes;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Optional<Opportunity> find(Long id) {
        return opportunities.findById(id);
    }

    @Transactional(readOnly = true)
    public Opportunity get(Long id) {
        return find(id).orElseThrow(() -> new RuleViolationException("That opportunity no longer exists."));
    }

    /** Creates or updates the details; the stage changes only through {@link #move}. */
    public Opportunity save(Opportunity opportunity) {
        requireNotNegative(opportunity.getProjectedJobs(), "projectedJobs", "New jobs can't be negative.");
        requireNotNegative(opportunity.getRetainedJobs(), "retainedJobs", "Retained jobs can't be negative.");
        requireNotNegative(opportunity.getCapitalInvestment(), "capitalInvestment", "Investment can't be negative.");
        if (opportunity.isNew()) {
            Opportunity saved = opportunities.saveAndFlush(opportunity);
            changes.save(new StageChange(saved.getId(), null, saved.getStage(), null));
            return saved;
        }
        checkVersion(opportunity.getId(), opportunity.getVersion());
        return opportunities.saveAndFlush(opportunity);
    }

    /**
     * Moves an opportunity to another stage, as the person saw it at {@code expectedVersion}: if someone else moved
     * or changed it meanwhile the move is refused as a conflict. Won needs the realized figures, won and lost a reason.
     */
    public Opportunity move(Long id, long expectedVersion, OpportunityStage to, Outcome outcome) {
        Opportunity opportunity = checkVersion(id, expectedVersion);
        OpportunityStage from = opportunity.getStage();
        if (from == to) {
            return opportunity;
        }
        Outcome given = outcome == null ? Outcome.none() : outcome;
        if (to.isClosed()) {
            close(opportunity, to, given);
        }
        opportunity.setStage(to);
        changes.save(new StageChange(id, from, to, blankToNull(given.reason())));
        return opportunities.saveAndFlush(opportunity);
    }

    private void close(Opportunity opportunity, OpportunityStage to, Outcome outcome) {
        if (blankToNull(outcome.reason()) == null) {
            throw new RuleViolationException("reason", to == OpportunityStage.WON
                    ? "Say briefly what made it a win." : "Say briefly why it was lost.");
        }
        requireNotNegative(outcome.realizedJobs(), "realizedJobs", "Realized jobs can't be negative.");
        requireNotNegative(outcome.realizedInvestment(), "realizedInvestment",
                "Realized investment can't be negative.");
        if (to == OpportunityStage.WON) {
            if (outcome.realizedJobs() == null) {
                throw new RuleViolationException("realizedJobs",
                        "Enter the new jobs it actually created (0 if none) to mark it won.");
            }
            if (outcome.realizedInvestment() == null) {
                throw new RuleViolationException("realizedInvestment",
                        "Enter the investment actually made (0 if none) to mark it won.");
            }
            opportunity.setRealizedJobs(outcome.realizedJobs());
            opportunity.setRealizedInvestment(outcome.realizedInvestment());
        }
        opportunity.setOutcomeReason(outcome.reason().trim());
        opportunity.setActualDate(outcome.actualDate() == null ? LocalDate.now(clock) : outcome.actualDate());
    }

    @Transactional(readOnly = true)
    public List<StageChange> stageHistory(Long opportunityId) {
        return changes.findByOpportunityIdOrderByCreatedAtDescIdDesc(opportunityId);
    }

    /** Newest first; the pageable's sort is ignored (the list is always newest first). */
    @Transactional(readOnly = true)
    public List<OpportunityCard> search(OpportunityFilter filter, Pageable pageable) {
        return opportunities.cards(Texts.containsPattern(filter.text()), filter.stage(), filter.type(),
                filter.businessId(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long count(OpportunityFilter filter) {
        return opportunities.countCards(Texts.containsPattern(filter.text()), filter.stage(), filter.type(),
                filter.businessId());
    }

    /** Counts, jobs and investment of every stage (stages with no opportunities show zeros). */
    @Transactional(readOnly = true)
    public Map<OpportunityStage, StageTotals> totals() {
        Map<OpportunityStage, StageTotals> totals = new EnumMap<>(OpportunityStage.class);
        for (OpportunityStage stage : OpportunityStage.values()) {
            totals.put(stage, StageTotals.empty(stage));
        }
        opportunities.totalsByStage().forEach(t -> totals.put(t.stage(), t));
        return totals;
    }

    @Transactional(readOnly = true)
    public long countForBusiness(Long businessId) {
        return opportunities.countByBusinessId(businessId);
    }

    @Transactional(readOnly = true)
    public List<Opportunity> newestForBusiness(Long businessId, int limit) {
        return opportunities.findByBusinessIdOrderByCreatedAtDesc(businessId, PageRequest.of(0, limit));
    }

    /** Moves every opportunity of a merged business to the survivor; called from the merge's transaction. */
    public void moveToSurvivor(Long mergedId, Long survivorId) {
        opportunities.moveToBusiness(mergedId, survivorId);
    }

    private Opportunity checkVersion(Long id, long expectedVersion) {
        Opportunity stored = get(id);
        stored.requireVersion(expectedVersion);
        return stored;
    }

    private static void requireNotNegative(Number value, String field, String message) {
        if (value != null && (value instanceof BigDecimal d ? d.signum() < 0 : value.longValue() < 0)) {
            throw new RuleViolationException(field, message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
