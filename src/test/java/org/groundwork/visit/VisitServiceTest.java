package org.groundwork.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.interview.StandardQuestionnaire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class VisitServiceTest extends VisitTestBase {

    private UserAccount colleague;

    VisitServiceTest() {
        super("visit-planner");
    }

    @BeforeEach
    void aColleague() {
        colleague = accounts.ensure("visit-colleague", Role.STAFF);
    }

    @Test
    void aPlannedVisitUsesTheCurrentStandardQuestionnaireAndListsUnderMyVisits() {
        Business business = fixtures.business("Planning");
        Visit visit = visits.plan(new VisitPlan(business.getId(), today.plusDays(3), LocalTime.of(9, 30),
                VisitChannel.VIRTUAL, colleague.getId(), Set.of(me.getId(), colleague.getId()), Set.of(),
                "Talk about the expansion", null));

        assertThat(visit.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(visit.getTemplate().getTemplateKey()).isEqualTo(StandardQuestionnaire.KEY);
        assertThat(visit.getStaffIds()).containsExactly(me.getId());
        VisitFilter mine = new VisitFilter(me.getId(), null, null, null, business.getLegalName(), null);
        assertThat(visits.search(mine, PageRequest.of(0, 10))).extracting(VisitRow::businessName)
                .containsExactly(business.getDisplayName());
        assertThat(visits.count(mine)).isEqualTo(1);
        assertThat(visits.count(new VisitFilter(me.getId(), VisitStatus.COMPLETED, null, null,
                business.getLegalName(), null))).isZero();
    }

    @Test
    void planningNeedsABusinessADateAndALead() {
        assertThatThrownBy(() -> visits.plan(new VisitPlan(null, today, null, VisitChannel.ON_SITE, me.getId(),
                null, null, null, null))).isInstanceOf(RuleViolationException.class).hasMessageContaining("business");
        Business business = fixtures.business("Rules");
        assertThatThrownBy(() -> visits.plan(new VisitPlan(business.getId(), today, null, VisitChannel.ON_SITE,
                null, null, null, null, null))).hasMessageContaining("leads");
    }

    @Test
    void contactsWithin90DaysAreReportedWithWhoAndWhen() {
        Business business = fixtures.business("Recent");
        fixtures.planned(business, colleague.getId(), today.minusDays(40));
        fixtures.planned(business, colleague.getId(), today.minusDays(120));
        Visit cancelled = fixtures.planned(business, colleague.getId(), today.minusDays(10));
        visits.logInteraction(new InteractionLog(business.getId(), today.minusDays(5), VisitChannel.PHONE,
                me.getId(), "Asked about the grant", BigDecimal.ONE));
        interviews.cancel(cancelled.getId(), "They rescheduled");

        List<RecentContact> recent = visits.recentContacts(business.getId(), today, null);
        assertThat(recent).extracting(RecentContact::date).containsExactly(today.minusDays(5), today.minusDays(40));
        assertThat(recent.get(1).staffName()).isEqualTo("Test visit-colleague");
    }

    @Test
    void aLoggedCallIsACompletedInteractionThatCountsAsContact() {
        Business business = fixtures.business("Call");
        Visit call = visits.logInteraction(new InteractionLog(business.getId(), today.minusDays(1),
                VisitChannel.EMAIL, me.getId(), "Sent the workforce board's contact", null));

        assertThat(call.isInteraction()).isTrue();
        assertThat(call.getStatus()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(call.getTemplate()).isNull();
        assertThat(fixtures.lastContactOf(business)).isEqualTo(today.minusDays(1));
        assertThatThrownBy(() -> visits.logInteraction(new InteractionLog(business.getId(), today.plusDays(1),
                VisitChannel.PHONE, me.getId(), "Not yet", null))).hasMessageContaining("future");
        assertThatThrownBy(() -> visits.logInteraction(new InteractionLog(business.getId(), today,
                VisitChannel.PHONE, me.getId(), " ", null))).hasMessageContaining("note");
    }

    @Test
    void writeUpsListVisitsThatHappenedWithWhenTheyWereWrittenUp() {
        Business business = fixtures.business("WriteUp");
        Visit past = fixtures.planned(business, me.getId(), today.minusDays(2));
        fixtures.planned(business, me.getId(), today.plusDays(2));
        assertThat(visits.between(today.minusDays(3), today.plusDays(3)))
                .filteredOn(w -> w.visitId().equals(past.getId())).singleElement()
                .satisfies(w -> assertThat(w.writtenUpAt()).isNull());
        assertThat(visits.between(today.minusDays(3), today.plusDays(3)))
                .noneMatch(w -> w.visitDate().isAfter(today));
    }

    @Test
    void partnersCannotReadVisits() {
        accounts.signIn("visit-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> visits.count(VisitFilter.forStaff(null))).isInstanceOf(AccessDeniedException.class);
    }
}
