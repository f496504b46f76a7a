package org.groundwork.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.report.Comparison;
import org.groundwork.report.MeasureRecord;
import org.groundwork.report.Period;
import org.groundwork.report.ProgramMeasure;
import org.groundwork.report.ReportFilter;
import org.groundwork.report.ReportService;

/**
 * The records behind one figure of the retention summary (a dashboard tile links here): the visits, businesses,
 * flags or won opportunities the figure counts in the period, each a link to its page. Loaded a page at a time.
 */
@Route(ReportRoutes.RECORDS + ":measure")
@PageTitle("Records behind a figure")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class MeasureRecordsView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Grid<MeasureRecord> records = new Grid<>();
    private final ReportService reports;
    private final Clock clock;

    MeasureRecordsView(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        records.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        records.addColumn(MeasureRecord::day).setHeader("Day").setAutoWidth(true);
        records.addComponentColumn(r -> new Anchor(r.link(), r.business())).setHeader("Business").setAutoWidth(true);
        records.addColumn(MeasureRecord::detail).setHeader("What it adds").setFlexGrow(1);
        setSizeFull();
        add(title, summary, records);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProgramMeasure measure;
        Period period;
        try {
            measure = ReportRoutes.measure(event.getRouteParameters().get("measure").orElse(""));
            QueryParameters query = event.getLocation().getQueryParameters();
            LocalDate today = LocalDate.now(clock);
            period = new Period(day(query, "from").orElse(today.withDayOfYear(1)), day(query, "to").orElse(today));
        } catch (IllegalArgumentException | DateTimeParseException | RuleViolationException e) {
            event.rerouteToError(NotFoundException.class, "This address does not name a figure and period of the retention summary.");
            return;
        }
        ReportFilter filter = ReportFilter.of(period, Comparison.NONE);
        title.setText(measure.label());
        summary.setText(period.label() + ". The program's figure is " + value(reports.retentionSummary(filter)
                .current().get(measure)) + " " + measure.unit() + "; below are the records behind it you may open.");
        records.setItems(q -> reports.records(measure, filter, q.getOffset(), q.getLimit()).stream());
    }

    private static Optional<LocalDate> day(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(LocalDate::parse);
    }

    private static String value(Object figure) {
        return figure == null ? "—" : figure.toString();
    }
}
