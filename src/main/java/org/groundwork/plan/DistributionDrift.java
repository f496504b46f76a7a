package org.groundwork.plan;

import java.util.List;

/** Planned against actual for one distribution, with its distance (null when there is nothing to compare). */
public record DistributionDrift(Dimension dimension, List<ShareComparison> shares, Double distance) {
}
