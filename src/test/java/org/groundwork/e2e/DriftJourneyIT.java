package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.groundwork.plan.PdfText;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real headless Chromium: a director writes the founding plan (or, if one exists, a revision), a staff member
 * fills in a week of time, and the director opens the drift view and downloads the board report, whose text holds
 * the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DriftJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Test
    void aDirectorWritesThePlanStaffLogTimeAndTheDirectorPrintsTheDrift() throws IOException {
        accounts.ensure("drift-e2e-director", Role.DIRECTOR);
        accounts.ensure("drift-e2e-staff", Role.STAFF);
        Page director = browser.newPage(1400, 1000);
        Page staff = browser.newPage(1400, 1000);
        try {
            signIn(director, "drift-e2e-director");
            writePlan(director);
            signIn(staff, "drift-e2e-staff");
            fillWeek(staff);
            printDrift(director);
        } catch (RuntimeException | AssertionError failure) {
            Files.createDirectories(Path.of("target/screenshots"));
            director.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/drift-failure.png")));
            throw failure;
        }
    }

    private void writePlan(Page page) {
        page.navigate(url("/plan"));
        assertThat(page.locator("h2").first()).isVisible();
        if (!page.getByText("Describe the plan you started with").isVisible()) {
            // another journey wrote the founding plan in this database: revise it instead
            button(page, "Revise the plan").click();
            page.getByLabel("Why the plan changes").fill("Journey test revision");
            button(page, "Save as a new revision").click();
            assertThat(page.getByText(" is saved.").first()).isVisible();
            return;
        }
        Locator start = page.getByLabel("When did the program start?");
        start.fill(LocalDate.now().minusYears(1).withDayOfYear(1).format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        start.press("Enter");
        page.getByLabel("Mission").fill("Keep and grow the jobs our town has.");
        fill(page, "Visits", "60");
        fill(page, "Admin and fire-fighting", "40");
        fill(page, "Manufacturing", "100");
        fill(page, "Tier A: priority", "100");
        Locator jobs = page.getByLabel("Jobs retained (jobs)");
        jobs.nth(jobs.count() - 2).fill("365");
        button(page, "Save the founding plan").click();
        assertThat(page.getByText("The founding plan is saved.")).isVisible();
    }

    private void fillWeek(Page page) {
        page.navigate(url("/time"));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        page.getByLabel("Admin and fire-fighting on " + monday).fill("6");
        page.getByLabel("Follow-up on " + monday.plusDays(1)).fill("2");
        button(page, "Save the week").click();
        assertThat(page.getByText("Your week is saved.")).isVisible();
    }

    private void printDrift(Page page) throws IOException {
        page.navigate(url("/drift"));
        assertThat(page.getByText("Goal drift, " + LocalDate.now().getYear())).isVisible();
        assertThat(page.locator("gw-echart").first()).isVisible();
        button(page, "Prepare the board report (PDF)").click();
        Download download = page.waitForDownload(() -> button(page, "Download the board report (PDF)").click());
        String text = PdfText.of(Files.readAllBytes(download.path()));
        assertThat(text).contains("Goal drift", "Staff time by activity", "Admin and fire-fighting",
                "KPI attainment", "Jobs retained");
    }

    private static void fill(Page page, String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first().fill(value);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
