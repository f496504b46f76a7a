package org.groundwork.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14 item 5: the PDF of a visit that is only planned (no answers, notes or rating yet) prints no "null". */
@GroundworkTest
class PlannedVisitPdfTest {

    @Autowired
    VisitReports reports;
    @Autowired
    VisitFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    @Test
    void aPlannedVisitsPdfPrintsNoNull() throws IOException {
        UserAccount me = accounts.signIn("pdf-staff", Role.STAFF);
        Visit visit = fixtures.planned(fixtures.business("Pdf"), me.getId(), LocalDate.now().plusDays(3));

        PdfReader pdf = new PdfReader(reports.pdf(visit.getId()));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
        }

        assertThat(text.toString()).contains("Staff:").doesNotContainIgnoringCase("null");
    }
}
