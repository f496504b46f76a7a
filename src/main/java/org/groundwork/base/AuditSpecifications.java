package org.groundwork.base;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;

/** Builds the database-side filter for the audit log, so filtering and paging never load the table. */
final class AuditSpecifications {

    private AuditSpecifications() {
    }

    static Specification<AuditEvent> matching(AuditFilter filter, ZoneId zone) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (hasText(filter.actor())) {
                predicates.add(cb.like(cb.lower(root.get("actor")), contains(filter.actor())));
            }
            if (filter.action() != null) {
                predicates.add(cb.equal(root.get("action"), filter.action()));
            }
            if (hasText(filter.entityType())) {
                predicates.add(cb.equal(root.get("entityType"), filter.entityType().trim()));
            }
            if (hasText(filter.text())) {
                predicates.add(cb.like(cb.lower(root.get("details")), contains(filter.text())));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Events of any of the given records: entity type → ids. */
    static Specification<AuditEvent> ofRecords(Map<String, ? extends Collection<Long>> records) {
        return (root, query, cb) -> cb.or(records.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> cb.and(cb.equal(root.get("entityType"), e.getKey()), root.get("entityId").in(e.getValue())))
                .toArray(Predicate[]::new));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String contains(String value) {
        String escaped = value.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
