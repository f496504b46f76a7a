package org.groundwork.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.RiskLevel;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagFilter;
import org.groundwork.visit.flag.FlagRuleService;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.interview.QuestionRef;
import org.groundwork.visit.interview.TemplateQuestion;
import org.groundwork.visit.standard.ServiceStandardService;
import org.groundwork.visit.standard.StandardResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Flags, rules and standards against the real visits: completion, questionnaire and write-up times. */
@GroundworkTest
class VisitFlagsIntegrationTest extends VisitTestBase {

    @Autowired
    FlagService flags;
    @Autowired
    FlagRuleService rules;
    @Autowired
    ServiceStandardService standards;
    @Autowired
    BusinessService businesses;

    VisitFlagsIntegrationTest() {
        super("visit-flags-staff");
    }

    @Test
    void completingARealVisitRaisesFlagsFromItsAnswersAndRating() {
        Business business = fixtures.business("Flagged");
        Visit visit = fixtures.planned(business, me.getId(), today.minusDays(1));
        Map<String, TemplateQuestion> q = fixtures.questions(visit);
        interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(), List.of("40"));
        interviews.saveAnswer(visit.getId(), q.get("local_services_rating").getId(), List.of("3"));
        interviews.saveAnswer(visit.getId(), q.get("owner_retiring_5y").getId(), List.of("yes"));
        interviews.saveAnswer(visit.getId(), q.get("succession_plan").getId(), List.of("no"));
        interviews.saveAnswer(visit.getId(), q.get("workforce_rating").getId(), List.of("1"));
        Visit details = visits.get(visit.getId());
        details.setSatisfaction(2);
        interviews.saveDetails(details);

        interviews.complete(visit.getId());

        List<Flag> raised = flags.search(FlagFilter.ofBusiness(business.getId()), PageRequest.of(0, 10));
        assertThat(raised).extracting(Flag::getMessage).containsExactlyInAnyOrder(
                "Owner retiring without a succession plan", "Struggling to find workers", "Unhappy with our service");
        assertThat(raised).extracting(Flag::getVisitId).containsOnly(visit.getId());
        assertThat(businesses.get(business.getId()).getFigures().getRiskLevel()).isEqualTo(RiskLevel.ACT_NOW);
        assertThat(visits.get(visit.getId()).getStatus()).isEqualTo(VisitStatus.COMPLETED);
    }

    @Test
    void theRuleEditorOffersTheQuestionsOfTheCurrentQuestionnaire() {
        assertThat(rules.questions()).extracting(QuestionRef::key).contains("relocation_plans", "succession_plan",
                "lease_expiry_months", "sales_trend", "workforce_rating");
    }

    @Test
    void visitWriteUpsAreMeasuredAgainstTheirStandard() {
        LocalDate visitDay = LocalDate.of(2032, 6, 1);
        clock.set(visitDay, LocalTime.NOON);
        Business business = fixtures.business("Written up");
        Visit visit = fixtures.planned(business, me.getId(), visitDay);
        Map<String, TemplateQuestion> q = fixtures.questions(visit);
        interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(), List.of("5"));
        interviews.saveAnswer(visit.getId(), q.get("local_services_rating").getId(), List.of("4"));
        clock.set(visitDay.plusDays(7), LocalTime.NOON);
        interviews.complete(visit.getId());

        List<StandardResult> results = standards.summary(visitDay, visitDay);
        assertThat(results).contains(new StandardResult("Write up a visit within 5 days", me.getFullName(), 1, 0,
                7.0));
        assertThatThrownBy(() -> standards.summary(visitDay, visitDay.minusDays(1)))
                .hasMessageContaining("end is not before");
    }
}
