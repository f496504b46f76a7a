package org.groundwork.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records events that are not entity changes (sign-ins, denied access) and lets admins browse the trail. */
@Service
@RequiredArgsConstructor
public class AuditService {

    private final AuditEventRepository repository;
    private final AuditWriter writer;
    private final Clock clock;

    /** Records an event by the current user (or "system"). Runs in its own transaction so it is kept even when
     *  the surrounding work fails, which is exactly when a denied access needs recording. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String entityType, Long entityId, String details) {
        writer.write(null, action, entityType, entityId, details);
    }

    /** Records an event on behalf of a named user who is not signed in, such as a failed sign-in. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(String actor, AuditAction action, String details) {
        writer.write(actor, action, null, null, details);
    }

    /** Records many events of one kind by the current user inside the caller's transaction, written in batches:
     *  for bulk work such as an import, where the events must commit or roll back with the rows they describe. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(AuditAction action, String entityType, List<AuditEntry> entries) {
        writer.writeBatch(action, entityType, entries);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter, Pageable pageable) {
        Pageable newestFirst = DefaultSort.unlessSorted(pageable, Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        return repository.findAll(AuditSpecifications.matching(filter, clock.getZone()), newestFirst).getContent();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return repository.count(AuditSpecifications.matching(filter, clock.getZone()));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public long countRecent(String actor, AuditAction action, Duration within) {
        return repository.countByActorAndActionAndOccurredAtAfter(actor, action, clock.instant().minus(within));
    }

    /**
     * The change history of one record, newest first, for its detail page; only for those who may read that kind
     * of record ({@link HistoryReaders}).
     */
    @PreAuthorize(Roles.IS_INTERNAL)
    @Transactional(readOnly = true)
    public Page<AuditEvent> historyOf(String entityType, Long entityId, Pageable pageable) {
        HistoryReaders.check(Collections.singletonList(entityType));
        return repository.findByEntityTypeAndEntityId(entityType, entityId, pageable);
    }

    /**
     * The change history of several records together (a business with its contacts, say), newest first; only for
     * those who may read every kind of record asked for.
     */
    @PreAuthorize(Roles.IS_INTERNAL)
    @Transactional(readOnly = true)
    public Page<AuditEvent> historyOf(Map<String, ? extends Collection<Long>> records, Pageable pageable) {
        HistoryReaders.check(records.keySet());
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        return repository.findAll(AuditSpecifications.ofRecords(records), newestFirst);
    }
}
