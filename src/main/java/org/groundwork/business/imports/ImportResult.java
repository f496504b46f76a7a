package org.groundwork.business.imports;

import java.util.Locale;

/** What a committed import did, for the confirmation and the audit trail. */
public record ImportResult(int created, int updated, int duplicatesSkipped, int lookalikesSkipped,
        int rejectedLeftOut) {

    public String summary() {
        return String.format(Locale.US, "%,d created, %,d updated, %,d duplicate rows skipped, %,d look-alikes "
                + "skipped, %,d rejected rows left out", created, updated, duplicatesSkipped, lookalikesSkipped,
                rejectedLeftOut);
    }
}
