package org.groundwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;

/**
 * Layout checks at a phone's width, on the boxes Chromium laid out: at 390 px the portal board's column headings
 * ran into each other ("ActiveIn progress") and a card's title into its counts ("monthsPermitting").
 */
final class PhoneLayout {

    private PhoneLayout() {
    }

    /** No two column headings of the board overlap, and every card's counts start below its title. */
    static void assertBoardReadable(Page page) {
        List<BoundingBox> headings = boxes(page.locator(".gw-board-column h3"));
        assertThat(headings).as("column headings").hasSizeGreaterThan(1);
        for (int i = 0; i < headings.size(); i++) {
            for (int j = i + 1; j < headings.size(); j++) {
                assertThat(overlap(headings.get(i), headings.get(j))).as("headings %d and %d overlap", i, j)
                        .isFalse();
            }
        }
        Locator cards = page.locator(".gw-portal-card");
        assertThat(cards.count()).as("cards").isPositive();
        for (Locator card : cards.all()) {
            BoundingBox title = card.locator(".gw-portal-card-title").boundingBox();
            BoundingBox facts = card.locator(".gw-portal-card-facts").boundingBox();
            assertThat(facts.y).as("the counts start below the title").isGreaterThanOrEqualTo(title.y + title.height - 1);
        }
    }

    private static List<BoundingBox> boxes(Locator locator) {
        return locator.all().stream().filter(Locator::isVisible).map(Locator::boundingBox).toList();
    }

    /** True when the two boxes share more than a pixel in both directions. */
    private static boolean overlap(BoundingBox a, BoundingBox b) {
        return a.x + a.width - 1 > b.x && b.x + b.width - 1 > a.x
                && a.y + a.height - 1 > b.y && b.y + b.height - 1 > a.y;
    }
}
