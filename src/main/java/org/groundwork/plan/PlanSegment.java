package org.groundwork.plan;

/** The part of a period during which one plan revision was in force. */
public record PlanSegment(PlanRevision revision, DatePeriod period) {
}
