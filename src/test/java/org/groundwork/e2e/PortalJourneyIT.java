package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import org.groundwork.issue.ActionItem;
import org.groundwork.issue.ActionPlanService;
import org.groundwork.issue.PartnerWorld;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.BrowserJourney;
import org.groundwork.testing.TestIssues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real headless Chromium: staff share an issue with organization A; partner A sees it at phone width, comments
 * mentioning a staff member and updates A's action item; a partner of B sees nothing of it; staff stop sharing and
 * partner A's next navigation shows "not found".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalJourneyIT extends BrowserJourney {

    private static final String NOT_FOUND = "We couldn't find that page";

    @Autowired
    PartnerWorld worlds;
    @Autowired
    ActionPlanService actionPlans;
    @Autowired
    TestAccounts accounts;

    @Test
    void staffShareAPartnerWorksItAnotherSeesNothingAndUnsharingHidesIt() {
        PartnerWorld.World world = worlds.build();
        ActionItem item = TestIssues.step(world.nobody(), "Host the hiring fair", world.a().getId());
        item.setDueDate(LocalDate.now().plusDays(20));
        actionPlans.save(item);
        accounts.signOut();
        String issuePath = "/issues/" + world.nobody().getId();
        String portalPath = "/portal/issues/" + world.nobody().getId();
        Page staff = signIn(browser.newPage(1280, 900), world.staff());
        Page partnerA = signIn(browser.newPage(390, 844), world.partnerA());
        Page partnerB = signIn(browser.newPage(390, 844), world.partnerB());
        try {
            staff.navigate(url(issuePath));
            comboBox(staff, "Share with", world.a().getName());
            staff.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("They may")).first().click();
            staff.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                    .setHasText("View, comment and work their action items")).first().click();
            button(staff, "Share").click();
            assertThat(staff.getByText("Shared with " + world.a().getName()).first()).isVisible();

            partnerA.navigate(url("/portal"));
            assertThat(partnerA.getByText(world.nobody().getTitle())).isVisible();
            partnerA.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/portal-board-phone.png")));
            PhoneLayout.assertBoardReadable(partnerA);
            partnerA.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(world.nobody().getTitle())).first()
                    .click();
            assertThat(partnerA.locator("h2")).hasText(world.nobody().getTitle());
            partnerA.getByLabel("Add a comment").fill("@" + world.staff().getUsername() + " we can host it");
            button(partnerA, "Post comment").click();
            assertThat(partnerA.getByText("we can host it")).isVisible();
            comboBox(partnerA, "Status", "In progress");
            button(partnerA, "Save step").click();
            assertThat(partnerA.getByText("Saved.")).isVisible();

            partnerB.navigate(url("/portal"));
            assertThat(partnerB.getByText(world.nobody().getTitle())).hasCount(0);
            partnerB.navigate(url(portalPath));
            assertThat(partnerB.getByText(NOT_FOUND)).isVisible();

            staff.navigate(url(issuePath));
            button(staff, "Stop sharing").click();
            partnerA.navigate(url(portalPath));
            assertThat(partnerA.getByText(NOT_FOUND)).isVisible();
        } catch (AssertionError | RuntimeException failure) {
            staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-staff.png")));
            partnerA.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-a.png")));
            throw failure;
        }
    }

    private Page signIn(Page page, UserAccount account) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(account.getUsername());
        page.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page.getByText("Welcome, " + account.getFullName() + ".")).isVisible();
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
