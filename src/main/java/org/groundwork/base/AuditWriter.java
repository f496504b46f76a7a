package org.groundwork.base;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends rows to the audit trail with plain JDBC, so it can run inside a Hibernate flush and joins whatever
 * transaction is open: an audited change and its audit row commit or roll back together.
 */
@Component
@RequiredArgsConstructor
class AuditWriter {

    static final int MAX_DETAILS = 4000;
    private static final String SYSTEM_ACTOR = "system";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    void write(String actor, AuditAction action, String entityType, Long entityId, String details) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details, remote_address)
                values (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), truncate(actor == null ? currentActor() : actor, 100),
                action.name(), entityType, entityId, truncate(details, MAX_DETAILS), remoteAddress());
    }

    /** Many events of one action at once, in JDBC batches: a bulk import audits thousands of rows. */
    void writeBatch(AuditAction action, String entityType, List<AuditEntry> entries) {
        Timestamp now = Timestamp.from(clock.instant());
        String actor = truncate(currentActor(), 100);
        String remoteAddress = remoteAddress();
        jdbc.batchUpdate("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details, remote_address)
                values (?, ?, ?, ?, ?, ?, ?)""", entries, 1000, (statement, entry) -> {
            statement.setTimestamp(1, now);
            statement.setString(2, actor);
            statement.setString(3, action.name());
            statement.setString(4, entityType);
            statement.setObject(5, entry.entityId(), java.sql.Types.BIGINT);
            statement.setString(6, truncate(entry.details(), MAX_DETAILS));
            statement.setString(7, remoteAddress);
        });
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM_ACTOR : authentication.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
