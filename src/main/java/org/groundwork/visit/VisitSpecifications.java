package org.groundwork.visit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.Texts;
import org.springframework.data.jpa.domain.Specification;

/** Translates a {@link VisitFilter} into one database query, so lists page in the database. */
final class VisitSpecifications {

    private VisitSpecifications() {
    }

    static Specification<Visit> matching(VisitFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.staffId() != null) {
                where.add(cb.or(cb.equal(root.get("leadStaffId"), filter.staffId()),
                        cb.isMember(filter.staffId(), root.<java.util.Collection<Long>>get("staffIds"))));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("visitDate"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("visitDate"), filter.to()));
            }
            if (filter.businessId() != null) {
                where.add(cb.equal(root.get("business").get("id"), filter.businessId()));
            }
            String like = Texts.containsPattern(filter.text());
            if (like != null) {
                var business = root.get("business");
                where.add(cb.or(cb.like(cb.lower(business.get("legalName")), like),
                        cb.like(cb.lower(business.get("tradeName")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
