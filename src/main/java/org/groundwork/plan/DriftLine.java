package org.groundwork.plan;

/**
 * One line of the printed drift report: in a section (a dimension, the KPIs or the trend), a category with its
 * planned and actual figures as text, and as numbers for the section's chart (percent; null where none).
 */
public record DriftLine(String section, String label, String planned, String actual, String difference,
                        Double plannedValue, Double actualValue) {
}
