package org.groundwork.plan;

/**
 * One category of a distribution: planned and actual share (fractions 0..1) and the actual amount behind the
 * share (visits or hours).
 */
public record ShareComparison(String category, String label, double planned, double actual, double amount) {

    /** Actual minus planned, in fractions: negative when the category got less than planned. */
    public double gap() {
        return actual - planned;
    }
}
