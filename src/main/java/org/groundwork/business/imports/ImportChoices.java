package org.groundwork.business.imports;

import java.util.Set;

/**
 * What the user decided after the dry run: whether to import the good rows when some are rejected, and which
 * look-alikes of existing businesses (by line) to create anyway; the other look-alikes are skipped.
 */
public record ImportChoices(boolean leaveOutRejected, Set<Integer> lookalikesToCreate) {

    public ImportChoices {
        lookalikesToCreate = Set.copyOf(lookalikesToCreate);
    }
}
