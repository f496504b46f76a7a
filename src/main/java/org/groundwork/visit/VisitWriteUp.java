package org.groundwork.visit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a visit took place and when it was written up (completed), for the "write up a visit within N days"
 * service standard. {@code writtenUpAt} is null while the visit is still open.
 */
public record VisitWriteUp(Long visitId, Long staffId, LocalDate visitDate, Instant writtenUpAt) {
}
