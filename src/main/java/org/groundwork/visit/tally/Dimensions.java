package org.groundwork.visit.tally;

import java.util.Comparator;

/** A business's classification as the tally stores it: the non-period part of a cell's key. */
record Dimensions(String sector, String tier, boolean keyCompany, long ownerId, boolean archived, boolean active)
        implements Comparable<Dimensions> {

    private static final Comparator<Dimensions> ORDER = Comparator.comparing(Dimensions::sector)
            .thenComparing(Dimensions::tier).thenComparing(Dimensions::keyCompany)
            .thenComparingLong(Dimensions::ownerId).thenComparing(Dimensions::archived)
            .thenComparing(Dimensions::active);

    @Override
    public int compareTo(Dimensions other) {
        return ORDER.compare(this, other);
    }
}
