package org.groundwork.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.report.ReportDefinition;
import org.groundwork.report.ReportFilter;
import org.groundwork.report.ReportService;
import org.groundwork.security.StaffDirectory;

/**
 * The report catalog: the parameters every program report takes, then every report the signed-in user may run,
 * each shown on screen or prepared as PDF or XLSX. Screen and file read the same service, so they agree.
 */
@Route("reports")
@PageTitle("Reports")
@Menu(title = "Reports", order = 500, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class ReportsView extends VerticalLayout {

    final ReportParameters parameters;
    final Div screen = new Div();
    final List<ReportCard> cards;
    private final ReportService reports;

    ReportsView(List<ReportDefinition> catalog, ReportService reports, StaffDirectory staff, Clock clock) {
        this.reports = reports;
        parameters = new ReportParameters(staff, LocalDate.now(clock));
        List<ReportDefinition> available = catalog.stream().filter(ReportDefinition::isAvailable).toList();
        cards = available.stream().map(report -> new ReportCard(report, this::filterFor, this::show)).toList();
        if (available.isEmpty()) {
            add(new Paragraph("There are no reports for your role yet."));
            return;
        }
        screen.setWidthFull();
        add(parameters);
        cards.forEach(this::add);
        add(screen);
    }

    private ReportFilter filterFor() {
        return parameters.filter().orElse(null);
    }

    void show(ReportCard card) {
        ReportFilter filter = filterFor();
        if (filter == null) {
            return;
        }
        screen.removeAll();
        var header = reports.header(card.report.title(), filter);
        screen.add(new H3(card.report.title()),
                new Paragraph("Period: " + header.period() + ". Compared with: " + header.comparison()
                        + ". Filters: " + header.filters() + ". Data as of " + header.dataAsOf() + "."),
                new ReportTable(card.report.screenRows(filter)));
        screen.scrollIntoView();
    }
}
