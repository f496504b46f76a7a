package org.groundwork.business;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
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
                // "Starts with", on the normalized names (letters and digits only, so nothing to escape): an index
                // range per name instead of a scan of every business.
                String prefix = BusinessNames.normalize(filter.text()) + "%";
                where.add(cb.or(cb.like(root.get("searchKeys").get("normalizedName"), prefix),
                        cb.like(root.get("searchKeys").get("normalizedTradeName"), prefix)));
            }
            if (filter.sector() != null) {
                where.add(cb.equal(root.get("sector"), filter.sector()));
            }
            if (filter.tier() != null) {
                where.add(cb.equal(root.get("targeting").get("tier"), filter.tier()));
            }
            if (filter.keyCompany() != null) {
                where.add(cb.equal(root.get("targeting").get("keyCompany"), filter.keyCompany()));
            }
            if (filter.ownerId() != null) {
                where.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.riskLevel() != null) {
                where.add(cb.equal(root.get("figures").get("riskLevel"), filter.riskLevel()));
            }
            if (filter.tag() != null && !filter.tag().isBlank()) {
                where.add(cb.isMember(filter.tag().trim(), root.get("tags")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
