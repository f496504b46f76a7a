package org.groundwork.business.imports;

/** What a committed import did, for the confirmation and the audit trail. */
public record ImportResult(int created, int updated, int duplicatesSkipped, int lookalikesSkipped,
        int rejectedLeftOut) {

    public String summary() {
        return created + " created, " + updated + " updated, " + duplicatesSkipped + " duplicate rows skipped, "
                + lookalikesSkipped + " look-alikes skipped, " + rejectedLeftOut + " rejected rows left out";
    }
}
