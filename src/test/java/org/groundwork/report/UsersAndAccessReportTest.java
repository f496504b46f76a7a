package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.groundwork.base.ReportFormat;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class UsersAndAccessReportTest {

    @Autowired
    UsersAndAccessReport report;
    @Autowired
    TestAccounts accounts;

    @Test
    void listsEachUserWithRolesAndStatusInAPdf() throws IOException {
        accounts.ensure("report-director", Role.DIRECTOR);
        accounts.signIn("report-admin", Role.ADMIN);
        byte[] pdf = report.render(null, ReportFormat.PDF).content();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // Every page: the shared test database holds many users, so the one asserted on may not be on page 1.
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Users and access", "report-director", "Director", "Active",
                "Generated", "by report-admin");
    }

    @Test
    void onlyAdminsMayRunIt() {
        accounts.signIn("report-staff", Role.STAFF);
        assertThat(report.isAvailable()).isFalse();
        assertThatThrownBy(() -> report.render(null, ReportFormat.PDF)).isInstanceOf(AccessDeniedException.class);
    }
}
