package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.BrowserJourney;
import org.groundwork.visit.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real headless Chromium at a phone's size: a staff member plans a visit from "My visits", starts the
 * interview, reloads the page midway and finds the answers still there, then completes the visit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;
    @Autowired
    VisitFixtures fixtures;

    @Test
    void staffPlansAVisitOnAPhoneFillsItInReloadsAndCompletesIt() {
        accounts.signIn("journey-staff", Role.STAFF);
        Business business = fixtures.business("Journey");
        accounts.signOut();

        Page page = browser.newPage(390, 844);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("journey-staff");
        page.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page.getByText("Welcome")).isVisible();

        page.navigate(url("/visits"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a visit")).click();
        Locator picker = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.locator("label").getByText("Business", new Locator.GetByTextOptions().setExact(true))));
        picker.locator("input").fill(business.getLegalName());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(business.getLegalName())).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan visit")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open visit")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/visits/\\d+"));

        page.locator("[data-question='employees_now'] input").fill("25");
        page.locator("[data-question='employees_now'] input").press("Tab");
        assertThat(status(page, "employees_now")).hasText("Saved");
        page.locator("[data-question='relocation_plans'] vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Yes")).click();
        assertThat(status(page, "relocation_plans")).hasText("Saved");

        page.reload();
        assertThat(page.locator("[data-question='employees_now'] input")).hasValue("25");
        assertThat(page.locator("[data-question='relocation_plans'] vaadin-radio-button[checked]"))
                .hasText("Yes");

        page.locator("[data-question='local_services_rating'] vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("4")).click();
        assertThat(status(page, "local_services_rating")).hasText("Saved");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/visit-phone.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete visit")).click();
        assertThat(page.getByText("Visit completed.")).isVisible();
        assertThat(page.getByText("Completed ·", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
    }

    private static Locator status(Page page, String key) {
        return page.locator(".gw-answer").filter(new Locator.FilterOptions()
                .setHas(page.locator("[data-question='" + key + "']"))).locator(".gw-answer-status");
    }
}
