package org.groundwork.visit.tally;

/** How one cell changes: its measures, and how many businesses it gains or loses as contacted and as visited. */
final class CellDelta {

    final Counts counts = new Counts();
    long contacted;
    long visited;

    /** Adds (sign 1) or takes away (sign -1) one business's row. */
    void add(Counts row, int sign) {
        counts.add(row, sign);
        contacted += sign;
        visited += row.visits > 0 ? sign : 0;
    }

    boolean isNone() {
        return contacted == 0 && visited == 0 && counts.sameAs(new Counts());
    }
}
