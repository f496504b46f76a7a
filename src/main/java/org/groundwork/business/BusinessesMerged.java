package org.groundwork.business;

/**
 * Published (inside the merge's transaction) when a duplicate business is merged into the one that survives.
 * Features that hold records of businesses listen with {@code @EventListener} and move them to the survivor,
 * so nothing is lost; the merged business is archived afterwards.
 */
public record BusinessesMerged(Long survivorId, Long mergedId) {
}
