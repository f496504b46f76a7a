package org.groundwork.visit.tally;

import java.util.Comparator;

/** The key of one {@code visit_tally} row; cells are always written in this order, so writers never deadlock. */
record Cell(Period period, Dimensions dimensions) implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::period)
            .thenComparing(Cell::dimensions);

    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }
}
