package org.groundwork.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one period (or quarter) of completed visits adds up to, from the single grouped visit query: visits by
 * sector and tier, hours, counts, and ratings. Filled row by row, one row per sector, tier and key-company mark.
 */
final class VisitFacts {

    static final int TOP_RATING = 5;

    private final Map<String, Double> sectors = new HashMap<>();
    private final Map<String, Double> tiers = new HashMap<>();
    private final Map<Integer, Long> ratings = new TreeMap<>();
    private double hours;
    private boolean anyHours;
    private long visits;
    private long businessesReached;
    private long keyCompaniesVisited;

    /**
     * @param visits         completed visits, not lighter contacts
     * @param hours          the hours of every completed visit or contact, null when none recorded any
     * @param reached        businesses with any completed visit or contact
     * @param visited        businesses with a completed visit (not only contacts)
     * @param ratingCounts   how many completed visits or contacts got each rating, 1 first
     */
    void add(String sector, String tier, boolean keyCompany, long visits, BigDecimal hours, long reached,
             long visited, long[] ratingCounts) {
        if (visits > 0) {
            sectors.merge(sector, (double) visits, Double::sum);
            tiers.merge(tier, (double) visits, Double::sum);
        }
        if (hours != null) {
            this.hours += hours.doubleValue();
            anyHours = true;
        }
        this.visits += visits;
        businessesReached += reached;
        if (keyCompany) {
            keyCompaniesVisited += visited;
        }
        for (int i = 0; i < ratingCounts.length; i++) {
            if (ratingCounts[i] > 0) {
                ratings.merge(i + 1, ratingCounts[i], Long::sum);
            }
        }
    }

    Map<String, Double> sectors() {
        return sectors;
    }

    Map<String, Double> tiers() {
        return tiers;
    }

    /** The hours of visits and contacts, or null when none recorded any. */
    Double hours() {
        return anyHours ? hours : null;
    }

    long visits() {
        return visits;
    }

    long businessesReached() {
        return businessesReached;
    }

    long keyCompaniesVisited() {
        return keyCompaniesVisited;
    }

    Map<Integer, Long> ratings() {
        return ratings;
    }
}
