package org.groundwork.business;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The businesses grid's filter as a database query, so filtering and paging never load the table. */
final class BusinessSpecifications {

    private BusinessSpecifications() {
    }

    static Specification<Business> matching(BusinessFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(filter.archived() ? cb.isNotNull(root.get("archivedAt")) : cb.isNull(root.get("archivedAt")));
            if (filter.text() != null && !filter.text().isBlank()) {
                String normalized = BusinessNames.normalize(filter.text());
                String like = "%" + escape(filter.text().trim().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(root.get("normalizedName"), normalized.isEmpty() ? "%" : "%" + escape(normalized) + "%"),
                        cb.like(cb.lower(root.get("tradeName")), like, '\\'),
                        cb.like(cb.lower(root.get("legalName")), like, '\\')));
            }
            if (filter.sector() != null) {
                where.add(cb.equal(root.get("sector"), filter.sector()));
            }
            if (filter.tier() != null) {
                where.add(cb.equal(root.get("tier"), filter.tier()));
            }
            if (filter.keyCompany() != null) {
                where.add(cb.equal(root.get("keyCompany"), filter.keyCompany()));
            }
            if (filter.ownerId() != null) {
                where.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.riskLevel() != null) {
                where.add(cb.equal(root.get("riskLevel"), filter.riskLevel()));
            }
            if (filter.tag() != null && !filter.tag().isBlank()) {
                where.add(cb.isMember(filter.tag().trim(), root.get("tags")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
