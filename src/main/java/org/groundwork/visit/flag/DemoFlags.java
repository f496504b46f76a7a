package org.groundwork.visit.flag;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DemoSeeder;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's flags raised by hand on the first demo businesses (after their visits, whose
 * completion already raised rule flags), one of them resolved. Added only once: skipped when the first business
 * already has the first sample flag.
 */
@Component
@Profile("demo")
@Order(40)
@RequiredArgsConstructor
class DemoFlags extends DemoSeeder {

    private static final String[][] FLAGS = {
            {"RED", "Main customer is moving production overseas", "Heard from the plant manager at the visit."},
            {"YELLOW", "Parking lot flooding again; owner frustrated with the city", null},
            {"RED", "Owner wants to sell within a year, no buyer in sight", "Daughter not interested in running it."},
            {"YELLOW", "Two key engineers retiring next spring", null}};

    private final BusinessService businesses;
    private final FlagService flags;

    @Override
    protected void seed() {
        List<Business> sample = businesses.search(BusinessFilter.all(), PageRequest.of(0, FLAGS.length,
                Sort.by("id")));
        if (sample.isEmpty() || alreadyAdded(sample.getFirst())) {
            return;
        }
        for (int i = 0; i < FLAGS.length && i < sample.size(); i++) {
            Flag draft = Flag.draft(sample.get(i));
            draft.setColour(FlagColour.valueOf(FLAGS[i][0]));
            draft.setMessage(FLAGS[i][1]);
            draft.setNote(FLAGS[i][2]);
            Flag raised = flags.raise(draft);
            if (i == 1) {
                flags.resolve(raised.getId(), raised.getVersion(), "City cleared the storm drain; no flooding since.");
            }
        }
    }

    /** The first sample flag marks the samples as added (rule flags from demo visits may sit beside it). */
    private boolean alreadyAdded(Business first) {
        return flags.search(FlagFilter.ofBusiness(first.getId()), PageRequest.of(0, 100)).stream()
                .anyMatch(flag -> FLAGS[0][1].equals(flag.getMessage()));
    }
}
