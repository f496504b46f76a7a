package org.groundwork.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.groundwork.base.RunAsSystem;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.BrowserJourney;
import org.groundwork.testing.TestOrganizations;
import org.groundwork.visit.InterviewService;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.interview.TemplateQuestion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real headless Chromium, from a completed visit: staff mark an answer as part of a wider issue and create the
 * macro-issue, link two more businesses, add an action item owned by a partner organization and drag the issue
 * across the board; then create a growth opportunity and drag it to won with the realized figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IssuesJourneyIT extends BrowserJourney {

    private static final String ADMIN_PASSWORD = "first-harbor-passphrase";
    @Autowired
    BusinessService businesses;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    VisitFixtures visits;
    @Autowired
    InterviewService interviews;
    @Autowired
    StaffDirectory staff;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void fromAVisitAnswerToAMacroIssueOnTheBoardAndAnOpportunityWon() {
        List<Business> firms = RunAsSystem.call(() -> List.of(business("Harbor Welding"),
                business("Dockside Fabrication"), business("Quay Machine Works")));
        PartnerOrganization college = RunAsSystem.call(() -> organizations.create("Harbor College " + tag,
                OrganizationType.COLLEGE));
        Long visitId = RunAsSystem.call(() -> completedVisit(firms.getFirst()));
        String title = "Welder shortage " + tag;

        Page page = browser.newPage(1400, 900);
        try {
            journey(page, firms, college, visitId, title);
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/issues-failure.png")));
            writeQuietly(page.content());
            throw failure;
        }
    }

    private void journey(Page page, List<Business> firms, PartnerOrganization college, Long visitId, String title) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("admin");
        page.locator("input[name='password']").fill(ADMIN_PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page.getByText("Welcome, Administrator.")).isVisible();

        page.navigate(url("/visits/" + visitId));
        button(page, "Part of a wider issue…").first().click();
        page.getByLabel("What is the wider issue?").fill(title);
        comboBox(page, "Category", "Workforce");
        button(page, "Create a new issue and link").click();
        assertThat(page.getByText("Created " + title)).isVisible();

        page.navigate(url("/issues"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h2")).hasText(title);
        for (Business firm : firms.subList(1, 3)) {
            button(page, "Link a business").click();
            comboBox(page, "Business", firm.getDisplayName());
            button(page, "Link").click();
            assertThat(page.getByText("Linked " + firm.getDisplayName() + ".")).isVisible();
        }
        assertThat(page.getByText("By sector: 3 in Manufacturing.")).isVisible();

        button(page, "Add a step").click();
        page.getByLabel("What needs doing").fill("Start an evening welding certificate");
        page.getByText("A partner organization", new Page.GetByTextOptions().setExact(true)).click();
        comboBox(page, "Partner organization", college.getName());
        button(page, "Save").click();
        assertThat(page.locator("vaadin-grid").filter(new Locator.FilterOptions()
                .setHasText("Start an evening welding certificate"))).containsText(college.getName());
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/issue-page.png")));

        page.navigate(url("/issues"));
        Locator card = page.locator(".gw-board-card").filter(new Locator.FilterOptions().setHasText(title));
        card.dragTo(page.locator("[data-status='ACTIVE']"));
        assertThat(page.locator("[data-status='ACTIVE'] .gw-board-card")
                .filter(new Locator.FilterOptions().setHasText(title))).isVisible();
        page.locator("[data-status='ACTIVE'] .gw-board-card").filter(new Locator.FilterOptions().setHasText(title))
                .dragTo(page.locator("[data-status='IN_PROGRESS']"));
        assertThat(page.locator("[data-status='IN_PROGRESS'] .gw-board-card")
                .filter(new Locator.FilterOptions().setHasText(title))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/issue-board.png")));

        String opportunity = "Second welding bay " + tag;
        page.navigate(url("/opportunities"));
        button(page, "New opportunity").click();
        comboBox(page, "Business", firms.getFirst().getDisplayName());
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(opportunity);
        page.getByLabel("New jobs expected").fill("8");
        page.getByLabel("Capital investment ($)").fill("450000");
        button(page, "Save").click();
        Locator oppCard = page.locator(".gw-board-card").filter(new Locator.FilterOptions().setHasText(opportunity));
        oppCard.dragTo(page.locator("[data-stage='WON']"));
        page.getByLabel("What made it a win?").fill("The bank approved the equipment loan.");
        button(page, "Mark as won").click();
        assertThat(page.getByText("Enter the new jobs it actually created (0 if none) to mark it won.")).isVisible();
        page.getByLabel("New jobs actually created").fill("6");
        page.getByLabel("Investment actually made ($)").fill("420000");
        button(page, "Mark as won").click();
        assertThat(page.locator("[data-stage='WON'] .gw-board-card")
                .filter(new Locator.FilterOptions().setHasText(opportunity))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pipeline.png")));
    }

    private static void writeQuietly(String html) {
        try {
            java.nio.file.Files.writeString(Path.of("target/screenshots/issues-failure.html"), html);
        } catch (java.io.IOException ignored) {
            // the screenshot is enough to go on
        }
    }

    private Business business(String name) {
        Business business = new Business();
        business.setLegalName(name + " " + tag);
        business.setNaicsCode("332312");
        return businesses.save(business);
    }

    /** A visit yesterday with every required question answered plausibly, then completed. */
    private Long completedVisit(Business business) {
        Long lead = staff.findByUsername("admin").orElseThrow().id();
        Visit visit = visits.planned(business, lead, LocalDate.now().minusDays(1));
        visits.questions(visit).values().forEach(q ->
                interviews.saveAnswer(visit.getId(), q.getId(), List.of(answer(q))));
        interviews.complete(visit.getId());
        return visit.getId();
    }

    private static String answer(TemplateQuestion question) {
        return switch (question.getType()) {
            case YES_NO -> "yes";
            case SCALE -> "3";
            case NUMBER -> "12";
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.getChoices().getFirst();
            case TEXT -> "We can't find enough welders.";
        };
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
