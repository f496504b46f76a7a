package org.groundwork.base;

/** One event of a batch written with {@link AuditService#recordAll}: the record it concerns and what happened. */
public record AuditEntry(Long entityId, String details) {
}
