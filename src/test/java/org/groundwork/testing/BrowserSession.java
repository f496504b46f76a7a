package org.groundwork.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright, for end-to-end tests. Playwright never downloads a browser of
 * its own here: it is told to skip that and pointed at {@code /usr/bin/chromium} (override with
 * {@code GROUNDWORK_CHROMIUM}).
 */
public final class BrowserSession implements AutoCloseable {

    private static final List<String> HEADLESS_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run",
            "--disable-sync", "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        // Assertions wait as long as Playwright's actions do (30 s), not its 5 s default: the first page after the
        // app starts can take several seconds on a loaded machine, and a journey checks what is shown, not how fast.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String chromium = chromiumPath();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of(chromium)).setArgs(HEADLESS_ARGS));
    }

    /**
     * The Chromium to drive. Without one, end-to-end tests are skipped with a message, unless
     * {@code groundwork.e2e.required} is set (CI sets it), where a missing browser fails the run.
     */
    private static String chromiumPath() {
        String chromium = System.getenv().getOrDefault("GROUNDWORK_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            String message = "No Chromium at " + chromium + ": install it (apt-get install -y chromium) or set "
                    + "GROUNDWORK_CHROMIUM";
            if (Boolean.getBoolean("groundwork.e2e.required")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + "; end-to-end tests skipped.");
        }
        return chromium;
    }

    /** A fresh page (own cookies, so its own session) at the given viewport. */
    public Page newPage(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
