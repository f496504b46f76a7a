package org.groundwork.visit.standard.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.visit.standard.ServiceStandardService;
import org.groundwork.visit.standard.StandardResult;

/**
 * How well the service standards were met for work that started in a period: per person and overall, the share
 * on time and the median days taken. A summary of one period is small, so it is listed in full.
 */
@Route("service-standards")
@PageTitle("Service standards")
@Menu(title = "Service standards", order = 330, icon = "vaadin:stopwatch")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class ServiceStandardsView extends VerticalLayout {

    final DatePicker from = new DatePicker("Work started from");
    final DatePicker to = new DatePicker("to");
    final Grid<StandardResult> grid = new Grid<>();
    private final transient ServiceStandardService standards;

    ServiceStandardsView(ServiceStandardService standards, Clock clock) {
        this.standards = standards;
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusDays(90));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FlexLayout period = new FlexLayout(from, to);
        period.addClassName("gw-filters");
        period.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        grid.addColumn(StandardResult::standard).setHeader("Standard").setFlexGrow(3);
        grid.addColumn(StandardResult::who).setHeader("Who").setFlexGrow(2);
        grid.addColumn(StandardResult::measured).setHeader("Measured").setAutoWidth(true);
        grid.addColumn(r -> share(r.onTimeShare())).setHeader("On time").setAutoWidth(true);
        grid.addColumn(r -> r.medianDays() == null ? Formats.EMPTY : String.format("%.1f", r.medianDays()))
                .setHeader("Median days").setAutoWidth(true);
        grid.setPartNameGenerator(r -> StandardResult.EVERYONE.equals(r.who()) ? "gw-total" : null);
        grid.setSizeFull();
        add(new Paragraph("Work still open counts once it is past its limit. Median days are over finished work."),
                period, grid);
        refresh();
    }

    void refresh() {
        List<StandardResult> results;
        try {
            results = standards.summary(from.getValue(), to.getValue());
        } catch (RuleViolationException rule) {
            to.setErrorMessage(rule.getMessage());
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        grid.setItems(results);
    }

    static String share(Double share) {
        return share == null ? Formats.EMPTY : Math.round(share * 100) + "%";
    }
}
