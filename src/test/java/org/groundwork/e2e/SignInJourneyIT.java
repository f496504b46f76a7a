package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import org.groundwork.testing.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real headless Chromium: the first admin signs in, creates a staff user and signs out; the staff user signs
 * in, chooses their own password, lands on the dashboard and is refused the admin pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyIT extends BrowserJourney {

    private static final String ADMIN_PASSWORD = "first-harbor-passphrase";
    @Test
    void adminCreatesAStaffUserWhoSignsInAndIsKeptOutOfAdminPages() {
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 6);
        Page page = browser.newPage(1280, 800);
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        signIn(page, "admin", ADMIN_PASSWORD);
        assertThat(page.getByText("Welcome, Administrator.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user")).click();
        field(page, "Username").fill(username);
        field(page, "Name").fill("Erin End-to-End");
        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Staff")).click();
        field(page, "Initial password").fill("maple leaves in october");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/new-user.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("vaadin-grid")).containsText(username);

        page.getByLabel("User menu").click();
        page.getByText("Sign out").click();
        assertThat(page).hasURL(url("/login"));

        signIn(page, username, "maple leaves in october");
        assertThat(page.getByText("You are using a temporary password")).isVisible();
        field(page, "Current password").fill("maple leaves in october");
        field(page, "New password").fill("harbor lights at dusk");
        field(page, "New password again").fill("harbor lights at dusk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByText("Welcome, Erin End-to-End.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/dashboard.png")));

        page.navigate(url("/admin/users"));
        assertThat(page.getByText("You don't have access to this page")).isVisible();
    }

    /** The input of the Vaadin field whose label reads exactly {@code label}. */
    private static Locator field(Page page, String label) {
        return page.locator("vaadin-text-field, vaadin-password-field, vaadin-email-field")
                .filter(new Locator.FilterOptions().setHas(page.locator("label").getByText(label,
                        new Locator.GetByTextOptions().setExact(true))))
                .locator("input");
    }

    private void signIn(Page page, String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
    }
}
