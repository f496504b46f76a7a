package org.groundwork.visit.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.BusinessesMerged;
import org.groundwork.business.RiskLevel;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFlags;
import org.groundwork.visit.VisitCompleted;
import org.groundwork.visit.interview.AnswerType;
import org.groundwork.visit.interview.InterviewAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@GroundworkTest
@SignedInAs(username = "flag-staff", roles = Role.STAFF)
class FlagServiceTest {

    @Autowired
    FlagService flags;
    @Autowired
    TestFlags testFlags;
    @Autowired
    BusinessService businesses;
    @Autowired
    TestBusinesses testBusinesses;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private Business business;
    private long visitIds = System.nanoTime();

    @BeforeEach
    void aBusiness() {
        business = testBusinesses.named("Flagged " + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aCompletedVisitRaisesTheDefaultRulesFlagsAndSetsTheRiskLevel() {
        complete(4, yes("relocation_plans"), yes("owner_retiring_5y"), no("succession_plan"),
                new InterviewAnswer("sales_trend", "Sales", AnswerType.SINGLE_CHOICE, List.of("Declining")),
                new InterviewAnswer("lease_expiry_months", "Lease", AnswerType.NUMBER, List.of("12")),
                new InterviewAnswer("workforce_rating", "Workforce", AnswerType.SCALE, List.of("4")));

        List<Flag> raised = flags.search(FlagFilter.ofBusiness(business.getId()), PageRequest.of(0, 20));
        assertThat(raised).extracting(Flag::getColour, Flag::getMessage).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FlagColour.RED, "Considering relocating out of the area"),
                org.assertj.core.groups.Tuple.tuple(FlagColour.RED, "Owner retiring without a succession plan"),
                org.assertj.core.groups.Tuple.tuple(FlagColour.YELLOW, "Sales declining"),
                org.assertj.core.groups.Tuple.tuple(FlagColour.YELLOW, "Lease ends within 18 months"));
        assertThat(raised).allSatisfy(flag -> {
            assertThat(flag.getOrigin()).isEqualTo(FlagOrigin.RULE);
            assertThat(flag.getRuleId()).isNotNull();
            assertThat(flag.isOpen()).isTrue();
        });
        Business reloaded = businesses.get(business.getId());
        assertThat(reloaded.getFigures().getRiskLevel()).isEqualTo(RiskLevel.ACT_NOW);
        assertThat(reloaded.getFigures().getOpenRedFlags()).isEqualTo(2);
        assertThat(reloaded.getFigures().getOpenYellowFlags()).isEqualTo(2);
    }

    @Test
    void aSecondVisitDoesNotDuplicateAnOpenFlagButRaisesItAgainOnceResolved() {
        complete(null, yes("closure_risk"));
        complete(null, yes("closure_risk"));
        assertThat(flags.count(new FlagFilter(null, FlagStatus.OPEN, null, null, business.getId()))).isEqualTo(1);

        Flag open = flags.search(FlagFilter.ofBusiness(business.getId()), PageRequest.of(0, 5)).getFirst();
        flags.resolve(open.getId(), open.getVersion(), "They found a buyer.");
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.NONE);
        complete(null, yes("closure_risk"));
        assertThat(flags.count(FlagFilter.ofBusiness(business.getId()))).isEqualTo(2);
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.ACT_NOW);
    }

    @Test
    void satisfactionAndBusinessDataRulesUseTheVisitAndTheRecord() {
        business.getFacility().setLeaseExpiry(LocalDate.now().plusMonths(3));
        business = businesses.save(business);
        complete(2);
        assertThat(flags.search(FlagFilter.ofBusiness(business.getId()), PageRequest.of(0, 20)))
                .extracting(Flag::getMessage)
                .containsExactlyInAnyOrder("Unhappy with our service", "Lease ends within 6 months",
                        "Lease ends within 18 months");
    }

    @Test
    void nothingIsRaisedWhenNoRuleHolds() {
        complete(5, no("relocation_plans"), no("closure_risk"));
        assertThat(flags.count(FlagFilter.ofBusiness(business.getId()))).isZero();
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void staffRaiseAndResolveFlagsByHandAndTheRiskLevelFollows() {
        Flag draft = Flag.draft(business);
        draft.setColour(FlagColour.YELLOW);
        draft.setMessage("Owner sounded worried about the new bypass");
        Flag raised = flags.raise(draft);
        assertThat(raised.getOrigin()).isEqualTo(FlagOrigin.MANUAL);
        assertThat(raised.getRaisedBy()).isEqualTo("Test flag-staff");
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.WATCH);

        assertThatThrownBy(() -> flags.resolve(raised.getId(), raised.getVersion(), " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("note");
        Flag resolved = flags.resolve(raised.getId(), raised.getVersion(), "Bypass route changed.");
        assertThat(resolved.getStatus()).isEqualTo(FlagStatus.RESOLVED);
        assertThat(resolved.getResolvedBy()).isEqualTo("Test flag-staff");
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.NONE);
        assertThatThrownBy(() -> flags.resolve(raised.getId(), resolved.getVersion(), "again"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already");
    }

    @Test
    void aFlagWithoutAMessageOrResolvedFromAStaleCopyIsRefused() {
        assertThatThrownBy(() -> flags.raise(Flag.draft(business))).isInstanceOf(RuleViolationException.class);
        Flag draft = Flag.draft(business);
        draft.setMessage("Watch this");
        Flag raised = flags.raise(draft);
        flags.resolve(raised.getId(), raised.getVersion(), "Done");
        assertThatThrownBy(() -> flags.resolve(raised.getId(), raised.getVersion(), "Mine"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void mergingBusinessesMovesFlagsAndRecountsBoth() {
        Business duplicate = testBusinesses.named("Duplicate " + UUID.randomUUID());
        testFlags.raise(duplicate, FlagColour.RED, "Layoffs rumoured");
        transactions.executeWithoutResult(s -> events.publishEvent(new BusinessesMerged(business.getId(),
                duplicate.getId())));
        assertThat(flags.count(FlagFilter.ofBusiness(business.getId()))).isEqualTo(1);
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.ACT_NOW);
        assertThat(businesses.get(duplicate.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void theFlagsViewFiltersByColourStatusOwnerAndSector() {
        var owner = accounts.ensure("flag-owner-" + UUID.randomUUID().toString().substring(0, 6), Role.STAFF);
        business.setOwnerId(owner.getId());
        business.setNaicsCode("332710");
        business = businesses.save(business);
        complete(null, yes("layoffs_planned"), new InterviewAnswer("sales_trend", "Sales",
                AnswerType.SINGLE_CHOICE, List.of("Declining")));
        assertThat(flags.count(new FlagFilter(FlagColour.RED, FlagStatus.OPEN, owner.getId(), null, null)))
                .isEqualTo(1);
        assertThat(flags.count(new FlagFilter(null, FlagStatus.OPEN, owner.getId(),
                org.groundwork.business.Sector.MANUFACTURING, null))).isEqualTo(2);
        assertThat(flags.count(new FlagFilter(null, FlagStatus.RESOLVED, owner.getId(), null, null))).isZero();
        assertThat(flags.search(new FlagFilter(FlagColour.YELLOW, null, owner.getId(), null, null),
                PageRequest.of(0, 5))).extracting(f -> f.getBusiness().getDisplayName())
                .containsExactly(business.getDisplayName());
    }

    @Test
    void partnersCannotReadFlags() {
        accounts.signIn("flag-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> flags.count(FlagFilter.open())).isInstanceOf(AccessDeniedException.class);
    }

    private void complete(Integer satisfaction, InterviewAnswer... answers) {
        transactions.executeWithoutResult(status -> events.publishEvent(new VisitCompleted(visitIds++,
                business.getId(), LocalDate.now(), Instant.now(), null, satisfaction, List.of(answers))));
    }

    private static InterviewAnswer yes(String key) {
        return new InterviewAnswer(key, key, AnswerType.YES_NO, List.of("yes"));
    }

    private static InterviewAnswer no(String key) {
        return new InterviewAnswer(key, key, AnswerType.YES_NO, List.of("no"));
    }
}
