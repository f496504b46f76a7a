package org.groundwork.issue.ui;

import org.groundwork.issue.IssueHeat;

/** "3 businesses · 240 employees · 1 red flag": what an issue's heat is made of, in words. */
final class HeatText {

    private HeatText() {
    }

    static String of(IssueHeat heat) {
        return plural(heat.businesses(), "business", "businesses") + " · "
                + plural(heat.employees(), "employee", "employees") + " · "
                + plural(heat.openRedFlags(), "red flag", "red flags");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
