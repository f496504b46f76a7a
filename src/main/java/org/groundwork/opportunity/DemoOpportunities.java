package org.groundwork.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DemoSeeder;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's growth pipeline: an opportunity for each of the first demo businesses, spread over
 * the stages, won ones with realized figures. Runs after the demo issues (which add the partners), once.
 */
@Component
@Profile("demo")
@Order(51)
@RequiredArgsConstructor
class DemoOpportunities extends DemoSeeder {

    private static final List<OpportunityType> TYPES = List.of(OpportunityType.EXPANSION, OpportunityType.HIRING,
            OpportunityType.CAPITAL_INVESTMENT, OpportunityType.NEW_MARKET, OpportunityType.SITE_NEED,
            OpportunityType.FINANCING, OpportunityType.SUPPLIER_LINK);
    private static final List<String> TITLES = List.of("Add a second production line", "Hire a night shift",
            "New CNC equipment", "Start exporting to Canada", "Needs a bigger warehouse", "Equipment loan",
            "Supply the new hospital");

    private final OpportunityService opportunities;
    private final BusinessService businesses;
    private final PartnerOrganizationService partners;
    private final Clock clock;

    @Override
    protected void seed() {
        if (opportunities.count(OpportunityFilter.all()) > 0) {
            return;
        }
        List<Business> found = businesses.search(BusinessFilter.all(), PageRequest.of(0, 12));
        List<Long> partnerIds = partners.search(null, false, PageRequest.of(0, 3)).stream()
                .map(PartnerOrganization::getId).toList();
        LocalDate today = LocalDate.now(clock);
        OpportunityStage[] stages = OpportunityStage.values();
        for (int i = 0; i < found.size(); i++) {
            Opportunity opportunity = new Opportunity();
            opportunity.setBusinessId(found.get(i).getId());
            opportunity.setType(TYPES.get(i % TYPES.size()));
            opportunity.setTitle(TITLES.get(i % TITLES.size()));
            opportunity.setProjectedJobs(5 + 3 * i);
            opportunity.setRetainedJobs(10 + 2 * i);
            opportunity.setCapitalInvestment(BigDecimal.valueOf(150_000L + 75_000L * i));
            opportunity.setExpectedDate(today.plusMonths(2 + i % 6));
            if (!partnerIds.isEmpty()) {
                opportunity.setPartnerIds(Set.of(partnerIds.get(i % partnerIds.size())));
            }
            Opportunity saved = opportunities.save(opportunity);
            OpportunityStage stage = stages[i % stages.length];
            if (stage != OpportunityStage.IDENTIFIED) {
                Outcome outcome = switch (stage) {
                    case WON -> new Outcome("Financing closed and the lease was signed.", 4 + 2 * i,
                            BigDecimal.valueOf(120_000L + 60_000L * i), today.minusDays(10L + i));
                    case LOST -> new Outcome("They chose a site in another state.", null, null, today.minusDays(i));
                    default -> null;
                };
                opportunities.move(saved.getId(), saved.getVersion(), stage, outcome);
            }
        }
    }
}
