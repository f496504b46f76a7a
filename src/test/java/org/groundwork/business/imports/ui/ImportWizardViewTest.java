package org.groundwork.business.imports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.imports.ImportField;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The wizard's steps as an admin walks through them; the upload itself is handed in as bytes. */
class ImportWizardViewTest extends ViewTestBase {

    @Autowired
    BusinessService businesses;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private ImportWizardView view;

    @BeforeEach
    void openWizard() {
        signIn("importview-admin", Role.ADMIN);
        view = navigate(ImportWizardView.class);
        view.executor = Runnable::run;
    }

    @Test
    void uploadMapCheckAndImportAFileWithABadRowTheAdminChoseToLeaveOut() {
        view.fileReceived("shops.csv", csv("business_legal_name,zip_5,employees,colour",
                "Maple Market " + tag + ",V8V 2,12,red", "Oak Outfitters " + tag + ",98101,lots,blue"));

        ImportMappingStep mapping = (ImportMappingStep) view.step;
        assertThat(mapping.columns).extracting(c -> c.getValue()).containsExactly(ImportField.LEGAL_NAME,
                ImportField.POSTAL_CODE, ImportField.EMPLOYEES, null);
        assertThat(mapping.columns.get(0).getHelperText()).isEqualTo("e.g. Maple Market " + tag);
        test(mapping.check).click();

        ImportDryRunStep dryRun = (ImportDryRunStep) view.step;
        assertThat(dryRun.summary.getText()).isEqualTo("2 rows checked: 1 new business, 0 updates of existing "
                + "businesses, 0 duplicate rows skipped, 0 look-alikes of existing businesses, 1 rejected row.");
        assertThat(test(dryRun.rejected).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(dryRun.rejected).getCellText(0, 1)).isEqualTo("Employees must be a whole number, not \"lots\".");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Download the rejected rows (CSV)");
        assertThat(dryRun.importButton.isEnabled()).isFalse();

        test(dryRun.leaveOutRejected).click();
        assertThat(dryRun.importButton.getText()).isEqualTo("Import 1 business");
        test(dryRun.importButton).click();

        ImportCommitStep commit = (ImportCommitStep) view.step;
        assertThat(commit.status.getText()).isEqualTo("Import finished: 1 created, 0 updated, 0 duplicate rows "
                + "skipped, 0 look-alikes skipped, 1 rejected rows left out.");
        assertThat(commit.progress.getValue()).isEqualTo(1.0);
        assertThat(jdbc.queryForObject("select postal_code from business where legal_name = ?", String.class,
                "Maple Market " + tag)).isEqualTo("V8V 2");
    }

    @Test
    void withoutALegalNameColumnTheCheckExplainsWhatIsMissing() {
        view.fileReceived("shops.csv", csv("business_legal_name,city", "Pine Pantry " + tag + ",Seattle"));
        ImportMappingStep mapping = (ImportMappingStep) view.step;
        mapping.columns.get(0).clear();
        test(mapping.check).click();
        assertThat(view.step).isSameAs(mapping);
        assertThat(mapping.problem.getText()).contains("Choose the column that holds the legal name");
    }

    @Test
    void anUnreadableFileStaysOnTheUploadStepWithTheReason() {
        view.fileReceived("empty.csv", new byte[0]);
        ImportUploadStep upload = (ImportUploadStep) view.step;
        assertThat(upload.error.getText()).startsWith("The file is empty.");
    }

    @Test
    void lookAlikesAreSkippedUnlessTicked() {
        Business existing = new Business();
        existing.setLegalName("Quince Quilts " + tag);
        businesses.save(existing);
        view.fileReceived("shops.csv", csv("business_legal_name,city", "\"Quince Quilts, Inc. " + tag + "\",Seattle",
                "Rowan Rugs " + tag + ",Seattle"));
        test(((ImportMappingStep) view.step).check).click();
        ImportDryRunStep dryRun = (ImportDryRunStep) view.step;
        assertThat(test(dryRun.lookalikes).getCellText(0, 2)).isEqualTo("Same name as Quince Quilts " + tag);
        assertThat(dryRun.importButton.getText()).isEqualTo("Import 1 business");
        dryRun.lookalikes.select(dryRun.lookalikes.getListDataView().getItem(0));
        assertThat(dryRun.importButton.getText()).isEqualTo("Import 2 businesses");
    }

    @Test
    void aCommitThatFailsSaysNothingWasImported() {
        Business existing = new Business();
        existing.setLegalName("Spruce Supply " + tag);
        existing.setExternalId("S" + tag);
        Business saved = businesses.save(existing);
        view.fileReceived("shops.csv", csv("business_legal_name,account_number", "Spruce Supply Co " + tag + ",S" + tag,
                "Tamarack Tiles " + tag + ",T" + tag));
        test(((ImportMappingStep) view.step).check).click();
        jdbc.update("delete from business where id = ?", saved.getId());
        test(((ImportDryRunStep) view.step).importButton).click();

        ImportCommitStep commit = (ImportCommitStep) view.step;
        assertThat(commit.status.getText()).startsWith("Nothing was imported: The business line 2 updates was "
                + "deleted after the dry run.").contains("rolled back");
        assertThat(jdbc.queryForObject("select count(*) from business where legal_name = ?", Long.class,
                "Tamarack Tiles " + tag)).isZero();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
