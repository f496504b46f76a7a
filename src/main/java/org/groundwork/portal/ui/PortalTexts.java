package org.groundwork.portal.ui;

import java.text.NumberFormat;
import java.util.Locale;
import org.groundwork.issue.IssueHeat;

/** Sentences the portal repeats; counts only, never a business's name. */
final class PortalTexts {

    private PortalTexts() {
    }

    static String weight(IssueHeat issue) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.US);
        return number.format(issue.businesses()) + (issue.businesses() == 1 ? " business · " : " businesses · ")
                + number.format(issue.employees()) + " employees · " + issue.openRedFlags()
                + " with an open red flag";
    }
}
