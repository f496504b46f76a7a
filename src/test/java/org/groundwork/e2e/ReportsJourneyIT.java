package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.groundwork.plan.PdfText;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real headless Chromium: a director runs the retention summary for last quarter against the one before,
 * downloads it as PDF and XLSX, publishes the quarter's scorecard, shares it with a partner organization and puts
 * it on a public link; the partner reads it on the portal; the public link shows it until it is withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsJourneyIT extends BrowserJourney {

    private static final double PREPARING_MILLIS = 180_000;

    @Autowired
    TestAccounts accounts;
    @Autowired
    PartnerOrganizationService partners;

    @Test
    void aDirectorTakesOutTheBoardReportAndAScorecardThePartnerAndThePublicRead() throws IOException {
        String chamber = "Journey Chamber " + System.nanoTime();
        accounts.signIn("reports-e2e-admin", Role.ADMIN);
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(chamber);
        organization = partners.save(organization);
        accounts.signOut();
        accounts.ensure("reports-e2e-director", Role.DIRECTOR);
        accounts.ensurePartner("reports-e2e-partner", organization.getId());
        Page director = browser.newPage(1400, 1000);
        Page partner = browser.newPage(1400, 1000);
        Page visitor = browser.newPage(1200, 900);
        try {
            signIn(director, "reports-e2e-director");
            downloadTheBoardReport(director);
            String title = publishAndShare(director, chamber);
            String publicLink = director.getByLabel("Public link").inputValue();

            signIn(partner, "reports-e2e-partner");
            partner.navigate(url("/portal/scorecards"));
            partner.getByText(title, new Page.GetByTextOptions().setExact(true)).click();
            assertThat(partner.getByText("Download PDF")).isVisible();

            visitor.navigate(publicLink);
            assertThat(visitor.locator("h2")).hasText(title);
            button(director, "Withdraw the public link").click();
            assertThat(director.getByLabel("Public link")).isHidden();
            visitor.navigate(publicLink);
            assertThat(visitor.getByText("This scorecard link is not available.")).isVisible();
        } catch (RuntimeException | AssertionError failure) {
            Files.createDirectories(Path.of("target/screenshots"));
            director.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/reports-failure.png")));
            partner.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/reports-partner.png")));
            throw failure;
        }
    }

    /** Last quarter against the one before are the catalog's defaults. */
    private void downloadTheBoardReport(Page page) throws IOException {
        page.navigate(url("/reports"));
        Locator card = page.locator(".gw-card").filter(new Locator.FilterOptions()
                .setHasText("Retention and expansion summary"));
        button(card, "PDF").click();
        Locator ready = card.getByText("Download retention-and-expansion-summary");
        // The first report of a fresh app compiles its design; on a shared machine that takes a while.
        assertThat(ready).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PREPARING_MILLIS));
        Download pdf = page.waitForDownload(ready::click);
        String text = PdfText.of(Files.readAllBytes(pdf.path()));
        assertThat(text).contains("Retention and expansion summary", "Previous period:", "Visits completed",
                "Jobs retained and created", "Satisfaction distribution");
        button(card, "XLSX").click();
        assertThat(ready).containsText(".xlsx", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(PREPARING_MILLIS));
        Download xlsx = page.waitForDownload(ready::click);
        assertThat(firstColumnTexts(Files.readAllBytes(xlsx.path()))).contains("Visits completed",
                "Businesses reached", "Jobs created (won opportunities)", "Visits rated 5 of 5");
    }

    private String publishAndShare(Page page, String chamber) {
        page.navigate(url("/scorecards"));
        page.getByLabel("What this correction changes (only for a quarter already published)")
                .fill("Journey test edition");
        button(page, "Publish").click();
        Locator published = page.getByText(" is published.");
        assertThat(published).isVisible();
        String title = published.textContent().replace(" is published.", "").trim();
        assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText(title))).isVisible();
        // One change at a time: each saves the scorecard's newest version and shows it again.
        button(page, "Publish a public link").click();
        assertThat(page.getByLabel("Public link")).hasValue(java.util.regex.Pattern.compile(
                ".*/public/scorecards/.{32,}"));
        Locator sharedWith = page.getByLabel("Shared with");
        sharedWith.fill(chamber);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(chamber))
                .click();
        sharedWith.press("Escape");
        button(page, "Save sharing").click();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Public"))
                .first()).isVisible();
        return title;
    }

    private static java.util.List<String> firstColumnTexts(byte[] xlsx) throws IOException {
        java.util.List<String> texts = new java.util.ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
