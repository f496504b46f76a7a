package org.groundwork.plan;

import java.util.Map;

/** One point of the trend: a quarter's drift index and its dimensions, against the revision then in force. */
public record QuarterDrift(DatePeriod quarter, Double index, Map<Dimension, Double> dimensions) {
}
