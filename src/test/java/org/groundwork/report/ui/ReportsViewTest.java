package org.groundwork.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;

class ReportsViewTest extends ViewTestBase {

    @Test
    void anAdminCanDownloadTheUsersAndAccessReport() {
        signIn("catalog-admin", Role.ADMIN);
        navigate(ReportsView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Users and access");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Download PDF");
    }

    @Test
    void staffDoNotSeeAdminReports() {
        signIn("catalog-staff", Role.STAFF);
        navigate(ReportsView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).doesNotContain("Users and access");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("There are no reports for your role yet.");
    }
}
