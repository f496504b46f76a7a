package org.groundwork.visit.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.groundwork.base.RunAsSystem;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@GroundworkTest
class DemoFlagsTest {

    @Autowired
    BusinessService businesses;
    @Autowired
    FlagService flags;

    @Test
    void demoFlagsAreAddedOnceOnTheFirstBusinesses() {
        RunAsSystem.run(() -> {
            Business fresh = new Business();
            fresh.setLegalName("Demo " + UUID.randomUUID());
            businesses.save(fresh);
        });
        var demo = new DemoFlags(businesses, flags);
        demo.run(null);
        RunAsSystem.run(() -> {
            Business first = businesses.search(BusinessFilter.all(), PageRequest.of(0, 1, Sort.by("id")))
                    .getFirst();
            long flagsBefore = flags.count(FlagFilter.ofBusiness(first.getId()));
            assertThat(flagsBefore).isPositive();
            demo.run(null);
            assertThat(flags.count(FlagFilter.ofBusiness(first.getId()))).isEqualTo(flagsBefore);
        });
    }
}
