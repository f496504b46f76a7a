package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.groundwork.testing.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real headless Chromium: the admin uploads the real Seattle licence list through the import wizard, keeps
 * the guessed columns, checks the dry run and commits all 12,897 businesses, then finds one by global search and
 * opens its page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportJourneyIT extends BrowserJourney {

    private static final String ADMIN_PASSWORD = "first-harbor-passphrase";
    private static final Path SEATTLE = Path.of(System.getProperty("groundwork.datasets", "/work/shared/datasets"),
            "seattle-active-business-licenses.csv");
    @Test
    void adminImportsTheSeattleLicenceListThroughTheWizard() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("admin");
        page.locator("input[name='password']").fill(ADMIN_PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import businesses")).click();
        assertThat(page).hasURL(url("/admin/import"));

        page.locator("vaadin-upload input[type='file']").setInputFiles(SEATTLE);
        assertThat(page.getByText("seattle-active-business-licenses.csv: 12,897 rows")).isVisible();
        button(page, "Check the file").click();

        LocatorAssertions.IsVisibleOptions slow = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
        assertThat(page.getByText("12,897 rows checked: 12,897 new businesses")).isVisible(slow);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/import-dry-run.png")));
        button(page, "Import 12,897 businesses").click();

        assertThat(page.getByText("Import finished: 12,897 created, 0 updated")).isVisible(slow);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/import-finished.png")));

        page.getByLabel("Search businesses and contacts").fill("Phenomenal Phil");
        assertThat(page.locator(".gw-search-hit").first()).containsText("PHENOMENAL PHILLIE");
        page.getByLabel("Search businesses and contacts").press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/businesses/\\d+$"));
        assertThat(page.locator("h2").getByText("PHENOMENAL PHILLIE")).isVisible(slow);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/imported-business.png")));
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
