package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A time entry that names a business or an issue (or both), as the week shows it: the names are looked up when
 * the week is read. {@code version} is what deleting it checks against.
 */
public record LinkedTime(Long id, long version, LocalDate date, Activity activity, BigDecimal hours,
                         String businessName, String issueTitle, String note) {

    /** What the time was for: the business, the issue, or both. */
    public String subject() {
        if (businessName == null) {
            return issueTitle;
        }
        return issueTitle == null ? businessName : businessName + " · " + issueTitle;
    }
}
