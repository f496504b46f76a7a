package org.groundwork.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one period (or quarter) of completed visits adds up to, from the two grouped visit queries: visits by
 * sector and tier, counts of visits and businesses, hours, and ratings.
 */
final class VisitFacts {

    private final Map<String, Double> sectors = new HashMap<>();
    private final Map<String, Double> tiers = new HashMap<>();
    private final Map<Integer, Long> ratings = new TreeMap<>();
    private double hours;
    private boolean anyHours;
    private long visits;
    private long businessesReached;
    private long keyCompaniesVisited;

    /**
     * One sector, tier and key-company mark's businesses.
     *
     * @param visits  completed visits, not lighter contacts
     * @param reached businesses with any completed visit or contact
     * @param visited businesses with a completed visit (not only contacts)
     */
    void addBusinesses(String sector, String tier, boolean keyCompany, long visits, long reached, long visited) {
        if (visits > 0) {
            sectors.merge(sector, (double) visits, Double::sum);
            tiers.merge(tier, (double) visits, Double::sum);
        }
        this.visits += visits;
        businessesReached += reached;
        if (keyCompany) {
            keyCompaniesVisited += visited;
        }
    }

    /** The completed visits and contacts with one rating (null: unrated): how many, and their hours (or null). */
    void addRated(Integer rating, long count, BigDecimal hours) {
        if (rating != null) {
            ratings.merge(rating, count, Long::sum);
        }
        if (hours != null) {
            this.hours += hours.doubleValue();
            anyHours = true;
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
