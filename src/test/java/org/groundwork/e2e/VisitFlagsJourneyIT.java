package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import org.groundwork.base.RunAsSystem;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.TargetTier;
import org.groundwork.testing.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 4's journey in real headless Chromium at a phone's viewport: plan a visit from the target list, fill the
 * interview, reload midway and find the answers still there, complete it, see the red flag its answers raise,
 * follow it up, and close the follow-up from "My follow-ups".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitFlagsJourneyIT extends BrowserJourney {

    private static final String ADMIN_PASSWORD = "first-harbor-passphrase";
    private static final Path SHOTS = Path.of("target", "screenshots");
    @Autowired
    BusinessService businesses;

    @Test
    void aVisitFromTheTargetListRaisesARedFlagThatIsFollowedUpAndClosed() {
        String name = "Harbor Freight Forge " + UUID.randomUUID().toString().substring(0, 6);
        Business business = RunAsSystem.call(() -> {
            Business fresh = new Business();
            fresh.setLegalName(name);
            fresh.getTargeting().setTier(TargetTier.A);
            return businesses.save(fresh);
        });
        Page page = browser.newPage(390, 844);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("admin");
        page.locator("input[name='password']").fill(ADMIN_PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page.getByText("Welcome")).isVisible();

        page.navigate(url("/targets"));
        assertThat(page.locator("vaadin-grid")).containsText(name);
        // A button inside a grid cell at a phone width ignores a synthetic pointer click; send the click event itself.
        button(page, "Plan a visit").first().dispatchEvent("click");
        button(page, "Plan visit").click();
        assertThat(page.getByText("Visit to " + name + " planned")).isVisible();

        page.navigate(url("/visits"));
        page.locator("vaadin-grid-cell-content").getByText(name).first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/visits/\\d+"));
        answer(page, "employees_now").locator("input").fill("35");
        answer(page, "employees_now").locator("input").press("Tab");
        assertThat(status(page, "employees_now")).hasText("Saved");
        choose(page, "relocation_plans", "Yes");
        assertThat(status(page, "relocation_plans")).hasText("Saved");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("visit-interview-phone.png")));

        page.reload();
        assertThat(answer(page, "employees_now").locator("input")).hasValue("35");
        assertThat(answer(page, "relocation_plans").locator("vaadin-radio-button[checked]")).hasText("Yes");

        choose(page, "local_services_rating", "4");
        assertThat(status(page, "local_services_rating")).hasText("Saved");
        button(page, "Complete visit").click();
        assertThat(page.getByText("Visit completed.")).isVisible();

        page.navigate(url("/businesses/" + business.getId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Flags")).click();
        Locator flags = page.locator("vaadin-grid").filter(new Locator.FilterOptions()
                .setHasText("Considering relocating out of the area"));
        assertThat(flags).isVisible();
        assertThat(flags).containsText("Red");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("business-red-flag-phone.png")));
        button(page, "Follow up…").first().click();
        assertThat(page.getByText("New follow-up for " + name)).isVisible();
        button(page, "Save follow-up").click();
        assertThat(page.getByText("Follow-up saved.")).isVisible();

        page.navigate(url("/follow-ups"));
        assertThat(page.locator("vaadin-grid")).containsText("Considering relocating out of the area");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("my-follow-ups-phone.png")));
        button(page, "Close…").first().click();
        page.locator("vaadin-text-area").filter(new Locator.FilterOptions().setHas(page.locator("label")
                .getByText("Outcome", new Locator.GetByTextOptions().setExact(true)))).locator("textarea")
                .fill("Met the owner with the landlord; they are staying and renewing for five years.");
        button(page, "Close follow-up").click();
        assertThat(page.getByText("Follow-up closed.")).isVisible();
        assertThat(page.getByText("Nothing to follow up.")).isVisible();
    }

    private static Locator answer(Page page, String key) {
        return page.locator("[data-question='" + key + "']");
    }

    private static Locator status(Page page, String key) {
        return page.locator(".gw-answer").filter(new Locator.FilterOptions().setHas(answer(page, key)))
                .locator(".gw-answer-status");
    }

    private static void choose(Page page, String key, String option) {
        answer(page, key).locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(option))
                .locator("label").click();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
