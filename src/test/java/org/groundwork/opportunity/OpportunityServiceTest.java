package org.groundwork.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessesMerged;
import org.groundwork.security.Role;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestOpportunities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

@GroundworkTest
@SignedInAs(username = "opp-staff", roles = Role.STAFF)
class OpportunityServiceTest {

    @Autowired
    OpportunityService service;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private Business business;

    @BeforeEach
    void aBusiness() {
        business = businesses.create("Pipeline Works", "332710", 40, 0);
    }

    @Test
    void negativeJobsAndInvestmentAreRefusedOnTheirFields() {
        Opportunity opportunity = opportunity("Second shift");
        opportunity.setProjectedJobs(-3);
        assertThatThrownBy(() -> service.save(opportunity)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getField()).isEqualTo("projectedJobs"));
        opportunity.setProjectedJobs(3);
        opportunity.setCapitalInvestment(new BigDecimal("-1.00"));
        assertThatThrownBy(() -> service.save(opportunity)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getField()).isEqualTo("capitalInvestment"));
    }

    @Test
    void winningNeedsAReasonAndTheRealizedFiguresAndEveryMoveIsRecorded() {
        Opportunity saved = service.save(opportunity("New press line"));
        Opportunity qualified = service.move(saved.getId(), saved.getVersion(), OpportunityStage.QUALIFIED, null);

        assertThatThrownBy(() -> service.move(saved.getId(), qualified.getVersion(), OpportunityStage.WON,
                new Outcome("Loan approved", null, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getField()).isEqualTo("realizedJobs"));
        assertThatThrownBy(() -> service.move(saved.getId(), qualified.getVersion(), OpportunityStage.WON,
                new Outcome(" ", 4, BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getField()).isEqualTo("reason"));

        Opportunity won = service.move(saved.getId(), qualified.getVersion(), OpportunityStage.WON,
                new Outcome("Loan approved", 4, new BigDecimal("250000.00"), null));
        assertThat(won.getRealizedJobs()).isEqualTo(4);
        assertThat(won.getActualDate()).isNotNull();
        assertThat(service.stageHistory(saved.getId())).extracting(StageChange::getTo)
                .containsExactly(OpportunityStage.WON, OpportunityStage.QUALIFIED, OpportunityStage.IDENTIFIED);
        assertThat(service.stageHistory(saved.getId()).getFirst().getCreatedBy()).isEqualTo("opp-staff");
    }

    @Test
    void aMoveFromAStaleBoardIsRefusedAndNothingIsLost() {
        Opportunity saved = service.save(opportunity("Export to Canada"));
        service.move(saved.getId(), saved.getVersion(), OpportunityStage.ASSISTING, null);
        assertThatThrownBy(() -> service.move(saved.getId(), saved.getVersion(), OpportunityStage.LOST,
                new Outcome("Went elsewhere", null, null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(saved.getId()).getStage()).isEqualTo(OpportunityStage.ASSISTING);
    }

    @Test
    void totalsPerStageAreSummedInTheDatabase() {
        long before = service.totals().get(OpportunityStage.IDENTIFIED).projectedJobs();
        Opportunity one = opportunity("Warehouse");
        one.setProjectedJobs(5);
        one.setCapitalInvestment(new BigDecimal("1000.50"));
        service.save(one);
        Opportunity two = opportunity("Hiring push");
        two.setProjectedJobs(7);
        service.save(two);
        assertThat(service.totals().get(OpportunityStage.IDENTIFIED).projectedJobs()).isEqualTo(before + 12);
        assertThat(service.search(OpportunityFilter.ofBusiness(business.getId()), PageRequest.of(0, 10)))
                .extracting(OpportunityCard::title).containsExactlyInAnyOrder("Warehouse", "Hiring push");
    }

    @Test
    void aMergeMovesTheOpportunitiesToTheSurvivor() {
        Business survivor = businesses.create("Survivor", "332710", null, 0);
        service.save(opportunity("Roof solar"));
        transactions.executeWithoutResult(s -> events.publishEvent(
                new BusinessesMerged(survivor.getId(), business.getId())));
        assertThat(service.count(OpportunityFilter.ofBusiness(survivor.getId()))).isEqualTo(1);
        assertThat(service.count(OpportunityFilter.ofBusiness(business.getId()))).isZero();
    }

    @Test
    void aDialogOpenedBeforeAMergeGetsAConflictInsteadOfMovingItBack() {
        Business survivor = businesses.create("Survivor", "332710", null, 0);
        Opportunity openInDialog = service.save(opportunity("Second line"));
        transactions.executeWithoutResult(s -> events.publishEvent(
                new BusinessesMerged(survivor.getId(), business.getId())));

        openInDialog.setTitle("Second production line");
        assertThatThrownBy(() -> service.save(openInDialog))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(openInDialog.getId()).getBusinessId()).isEqualTo(survivor.getId());
    }

    private Opportunity opportunity(String title) {
        return TestOpportunities.draft(business, title, OpportunityType.EXPANSION);
    }
}
