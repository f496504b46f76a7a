package org.groundwork.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class ProgramPlanServiceTest {

    @Autowired
    ProgramPlanService plans;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    @Test
    void aChangedPlanIsANewRevisionAndEarlierOnesStayAsTheyWere() {
        accounts.signIn("plan-director", Role.DIRECTOR);
        PlanRevision first = plans.revise(fixtures.validDraft());
        PlanDraft next = fixtures.validDraft();
        next.setShare(Dimension.TIME, "ADMIN", new BigDecimal("25"));
        next.setShare(Dimension.TIME, "VISITS", new BigDecimal("30"));
        PlanRevision second = plans.revise(next);

        assertThat(second.getNumber()).isEqualTo(first.getNumber() + 1);
        assertThat(second.getAuthor()).isEqualTo("Test plan-director");
        assertThat(second.getReason()).isEqualTo("Fire-fighting took over; we plan for it");
        List<PlanRevision> all = plans.revisions();
        PlanRevision reread = all.stream().filter(r -> r.getNumber() == first.getNumber()).findFirst().orElseThrow();
        assertThat(reread.shares(Dimension.TIME).get("ADMIN")).isEqualByComparingTo("15");
        assertThat(all.getLast().shares(Dimension.TIME).get("ADMIN")).isEqualByComparingTo("25");
        assertThat(plans.inForce(second.getEffectiveFrom().minusDays(1))).contains(reread);
        assertThat(all.getFirst().isFounding()).isTrue();
        assertThat(all.getFirst().getEffectiveFrom()).isEqualTo(all.getFirst().getProgramStart());
    }

    @Test
    void sharesMustAddUpToAHundredPercent() {
        accounts.signIn("plan-director", Role.DIRECTOR);
        PlanDraft draft = fixtures.validDraft();
        draft.setShare(Dimension.TIME, "ADMIN", new BigDecimal("5"));
        assertThatThrownBy(() -> plans.revise(draft)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Staff time by activity adds up to 90%; the shares must add up to 100%.")
                .extracting("field").isEqualTo("total.TIME");
    }

    @Test
    void aDraftOfAnOlderRevisionIsRefusedInsteadOfOverwritingTheNewer() {
        accounts.signIn("plan-director", Role.DIRECTOR);
        plans.revise(fixtures.validDraft());
        PlanDraft mine = fixtures.validDraft();
        PlanDraft theirs = fixtures.validDraft();
        plans.revise(theirs);
        assertThatThrownBy(() -> plans.revise(mine)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Someone else revised the plan");
    }

    @Test
    void staffAndAdminsReadTheDirectorsWritePartnersNeverSeeIt() {
        accounts.signIn("plan-director", Role.DIRECTOR);
        plans.revise(fixtures.validDraft());
        accounts.signIn("plan-staff", Role.STAFF);
        assertThat(plans.revisions()).isNotEmpty();
        assertThatThrownBy(() -> plans.revise(new PlanDraft())).isInstanceOf(AccessDeniedException.class);
        accounts.signIn("plan-admin", Role.ADMIN);
        assertThat(plans.latest()).isPresent();
        assertThatThrownBy(() -> plans.nextDraft()).isInstanceOf(AccessDeniedException.class);
        accounts.signIn("plan-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> plans.revisions()).isInstanceOf(AccessDeniedException.class);
    }
}
