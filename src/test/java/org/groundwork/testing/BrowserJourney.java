package org.groundwork.testing;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.groundwork.security.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An end-to-end journey: one headless browser per test class, against the app on its random port. */
public abstract class BrowserJourney {

    protected static BrowserSession browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The address of {@code path} on the app under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs {@code username} in with the test password and waits for the home page. */
    protected void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
    }

    /** Opens the Vaadin combo box labelled {@code label}, types {@code text} and picks the matching item. */
    protected static void comboBox(Page page, String label, String text) {
        page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHas(page.locator("label")
                .getByText(label, new Locator.GetByTextOptions().setExact(true)))).locator("input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }
}
