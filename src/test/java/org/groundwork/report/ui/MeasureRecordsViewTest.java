package org.groundwork.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.groundwork.base.ui.NotFoundView;
import org.groundwork.report.Period;
import org.groundwork.report.ProgramMeasure;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;

class MeasureRecordsViewTest extends ViewTestBase {

    @Test
    void aFigureOpensItsRecordsForThePeriodOfTheLink() {
        signIn("records-director", Role.DIRECTOR);
        String link = ReportRoutes.records(ProgramMeasure.JOBS_CREATED, Period.quarter(2019, 2));
        assertThat(link).isEqualTo("reports/records/jobs-created?from=2019-04-01&to=2019-06-30");

        MeasureRecordsView view = open(link);

        assertThat(view.title.getText()).isEqualTo("Jobs created (won opportunities)");
        assertThat(view.summary.getText()).startsWith("Q2 2019 (1 Apr 2019 – 30 Jun 2019). The program's figure is ");
        assertThat(view.records.isVisible()).isTrue();
    }

    @Test
    void anAddressWithoutAFigureOrPeriodShowsTheNotFoundPage() {
        signIn("records-director", Role.DIRECTOR);
        UI.getCurrent().navigate("reports/records/no-such-thing", QueryParameters.fromString("from=2019-04-01"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("reports/records/jobs-created", QueryParameters.fromString("from=yesterday"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private MeasureRecordsView open(String link) {
        String[] pathAndQuery = link.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));
        return $(MeasureRecordsView.class).single();
    }
}
