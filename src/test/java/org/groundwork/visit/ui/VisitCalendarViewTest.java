package org.groundwork.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.YearMonth;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitCalendarViewTest extends ViewTestBase {

    @Autowired
    VisitFixtures fixtures;
    @Autowired
    MutableClock clock;

    @Test
    void myVisitsThisMonthShowOnTheirDayAndOtherMonthsCanBeOpened() {
        UserAccount me = signIn("calendar-staff", Role.STAFF);
        LocalDate today = LocalDate.now(clock);
        Business business = fixtures.business("Calendar");
        fixtures.planned(business, me.getId(), today);
        fixtures.planned(business, me.getId(), today.plusMonths(1).withDayOfMonth(1));

        VisitCalendarView view = navigate(VisitCalendarView.class);
        assertThat($(RouterLink.class, view.month).all()).extracting(RouterLink::getText)
                .contains(business.getDisplayName());
        view.show(YearMonth.from(today).plusMonths(1));
        assertThat($(RouterLink.class, view.month).all()).extracting(RouterLink::getText)
                .containsExactly(business.getDisplayName());
    }
}
