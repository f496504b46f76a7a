package org.groundwork.visit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DemoSeeder;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.interview.TemplateQuestion;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's visits: for the demo businesses (created at order 20), completed visits with
 * realistic answers, a few logged calls and some planned visits. Runs once, through the real services.
 */
@Component
@Profile("demo")
@Order(30)
@RequiredArgsConstructor
class DemoVisits extends DemoSeeder {

    private static final int BUSINESSES = 16;

    private final VisitService visits;
    private final InterviewService interviews;
    private final BusinessService businesses;
    private final StaffDirectory staff;
    private final Clock clock;

    @Override
    protected void seed() {
        if (visits.count(new VisitFilter(null, null, null, null, null, null)) > 0) {
            return;
        }
        List<Business> found = businesses.search(BusinessFilter.all(), PageRequest.of(0, BUSINESSES));
        List<Long> people = List.of("staff", "riley").stream().map(staff::findByUsername)
                .flatMap(java.util.Optional::stream).map(StaffMember::id).toList();
        if (!found.isEmpty() && !people.isEmpty()) {
            seed(found, people);
        }
    }

    /** Visits for these businesses, led in turn by these staff members. */
    void seed(List<Business> found, List<Long> people) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < found.size(); i++) {
            Business business = found.get(i);
            Long lead = people.get(i % people.size());
            completedVisit(business, lead, today.minusDays(20L + 9L * i), i);
            if (i % 3 == 0) {
                visits.logInteraction(new InteractionLog(business.getId(), today.minusDays(3L + i),
                        i % 2 == 0 ? VisitChannel.PHONE : VisitChannel.EMAIL, lead,
                        "Followed up on the questions from our visit; sent contacts at the workforce board.",
                        new BigDecimal("0.25")));
            }
            if (i % 2 == 0) {
                visits.plan(new VisitPlan(business.getId(), today.plusDays(2L + i), LocalTime.of(9 + i % 6, 0),
                        VisitChannel.ON_SITE, lead, Set.of(), Set.of(), "Annual retention visit", null));
            }
        }
    }

    private void completedVisit(Business business, Long lead, LocalDate date, int i) {
        Visit visit = visits.plan(new VisitPlan(business.getId(), date, LocalTime.of(10, 0),
                i % 4 == 3 ? VisitChannel.VIRTUAL : VisitChannel.ON_SITE, lead, Set.of(), Set.of(),
                "Retention interview", null));
        Map<String, TemplateQuestion> questions = interviews.sheet(visit.getId()).template().questions()
                .collect(Collectors.toMap(TemplateQuestion::getQuestionKey, Function.identity()));
        answers(i).forEach((key, values) -> {
            if (questions.containsKey(key)) {
                interviews.saveAnswer(visit.getId(), questions.get(key).getId(), values);
            }
        });
        Visit details = visits.get(visit.getId());
        details.setNotes(i % 5 == 2 ? "Owner worried about the lease; landlord wants to sell the building."
                : "Good conversation with the owner and the plant manager. Orders are steady.");
        details.setNextSteps(i % 3 == 0 ? "Introduce them to the college's apprenticeship program."
                : "Send the list of available industrial sites.");
        details.setDurationHours(new BigDecimal("1.5"));
        details.setSatisfaction(i % 7 == 4 ? 2 : 4 + i % 2);
        details.setSatisfactionComment(i % 7 == 4 ? "Permits took far too long last year." : null);
        interviews.saveDetails(details);
        interviews.complete(visit.getId());
    }

    /** Varied but plausible answers; a few firms carry the warning signs the flag rules look for. */
    private static Map<String, List<String>> answers(int i) {
        boolean atRisk = i % 5 == 2;
        return Map.ofEntries(
                Map.entry("ownership_type", List.of(i % 2 == 0 ? "Family-owned" : "Privately held")),
                Map.entry("owner_retiring_5y", List.of(i % 4 == 1 ? "yes" : "no")),
                Map.entry("succession_plan", List.of(i % 8 == 1 ? "no" : "yes")),
                Map.entry("sales_trend", List.of(atRisk ? "Declining" : i % 3 == 0 ? "Growing" : "Stable")),
                Map.entry("main_markets", i % 2 == 0 ? List.of("Local", "Regional") : List.of("National",
                        "International")),
                Map.entry("export_interest", List.of(i % 2 == 0 ? "no" : "yes")),
                Map.entry("employees_now", List.of(String.valueOf(12 + 7 * i))),
                Map.entry("hiring_planned_12m", List.of(String.valueOf(atRisk ? 0 : 2 + i % 5))),
                Map.entry("layoffs_planned", List.of(atRisk && i > 5 ? "yes" : "no")),
                Map.entry("expansion_plans", List.of(i % 3 == 0 ? "yes" : "no")),
                Map.entry("relocation_plans", List.of(i == 7 ? "yes" : "no")),
                Map.entry("closure_risk", List.of("no")),
                Map.entry("facility_tenure", List.of(i % 2 == 0 ? "Leased" : "Owned")),
                Map.entry("lease_expiry_months", i % 2 == 0 ? List.of(String.valueOf(atRisk ? 9 : 30)) : List.of()),
                Map.entry("hard_to_fill_roles", List.of(i % 2 == 0 ? "CNC machinists, maintenance technicians"
                        : "Truck drivers")),
                Map.entry("workforce_rating", List.of(String.valueOf(1 + i % 4))),
                Map.entry("local_suppliers_share", List.of(String.valueOf(10 + 5 * (i % 6)))),
                Map.entry("local_services_rating", List.of(String.valueOf(2 + i % 4))),
                Map.entry("barriers", i % 2 == 0 ? List.of("Workforce", "Housing") : List.of("Broadband",
                        "Permitting")),
                Map.entry("help_requested", List.of(i % 3 == 0 ? "Help finding apprentices."
                        : "Nothing right now, thanks.")));
    }
}
