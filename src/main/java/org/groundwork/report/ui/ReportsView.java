package org.groundwork.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.report.ReportDefinition;

/** The report catalog: every report the signed-in user may run, each a PDF download. */
@Route("reports")
@PageTitle("Reports")
@Menu(title = "Reports", order = 500, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class ReportsView extends VerticalLayout {

    ReportsView(List<ReportDefinition> reports) {
        List<ReportDefinition> available = reports.stream().filter(ReportDefinition::isAvailable).toList();
        if (available.isEmpty()) {
            add(new Paragraph("There are no reports for your role yet."));
        }
        available.forEach(report -> add(card(report)));
    }

    private static Div card(ReportDefinition report) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = report.renderPdf();
            return new DownloadResponse(new ByteArrayInputStream(pdf), report.fileName(), "application/pdf",
                    pdf.length);
        }), "Download PDF");
        download.getElement().setAttribute("download", true);
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        Div card = new Div(new H3(report.title()), new Paragraph(report.description()), download);
        card.addClassName("gw-card");
        return card;
    }
}
