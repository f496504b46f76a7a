package org.groundwork.business;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.groundwork.base.Roles;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's answer to "whom do I visit next?": the key companies and tier-A businesses, longest without
 * contact first (never contacted before all), paged in the database. A business is overdue when nobody has
 * contacted it in {@code groundwork.targets.stale-after-months} months.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
public class TargetListService {

    private static final Sort OLDEST_CONTACT_FIRST = Sort.by(
            Sort.Order.asc("figures.lastContactDate").nullsFirst(),
            Sort.Order.asc("legalName"), Sort.Order.asc("id"));

    private final BusinessRepository businesses;
    private final StaffDirectory staff;
    private final Clock clock;
    private final int staleAfterMonths;

    TargetListService(BusinessRepository businesses, StaffDirectory staff, Clock clock,
                      @Value("${groundwork.targets.stale-after-months:12}") int staleAfterMonths) {
        this.businesses = businesses;
        this.staff = staff;
        this.clock = clock;
        this.staleAfterMonths = staleAfterMonths;
    }

    public List<TargetRow> find(TargetFilter filter, Pageable pageable) {
        LocalDate cutoff = overdueBefore();
        List<Business> page = businesses.findAll(matching(filter, cutoff),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), OLDEST_CONTACT_FIRST)).getContent();
        Map<Long, String> owners = staff.findAll(page.stream().map(Business::getOwnerId).filter(Objects::nonNull)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        return page.stream().map(b -> new TargetRow(b, owners.get(b.getOwnerId()), isOverdue(b, cutoff))).toList();
    }

    public long count(TargetFilter filter) {
        return businesses.count(matching(filter, overdueBefore()));
    }

    /** How many of the businesses the filter selects are overdue for contact. */
    public long countOverdue(TargetFilter filter) {
        return count(new TargetFilter(filter.tier(), filter.ownerId(), true));
    }

    public int staleAfterMonths() {
        return staleAfterMonths;
    }

    /** A last contact before this date (or none at all) makes a business overdue. */
    public LocalDate overdueBefore() {
        return LocalDate.now(clock).minusMonths(staleAfterMonths);
    }

    private static boolean isOverdue(Business business, LocalDate cutoff) {
        LocalDate lastContact = business.getFigures().getLastContactDate();
        return lastContact == null || lastContact.isBefore(cutoff);
    }

    private static Specification<Business> matching(TargetFilter filter, LocalDate cutoff) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNull(root.get("archivedAt")));
            where.add(cb.equal(root.get("status"), BusinessStatus.ACTIVE));
            Path<TargetTier> tier = root.get("targeting").get("tier");
            where.add(cb.or(cb.isTrue(root.get("targeting").get("keyCompany")), cb.equal(tier, TargetTier.A)));
            if (filter.tier() != null) {
                where.add(cb.equal(tier, filter.tier()));
            }
            if (filter.ownerId() != null) {
                where.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.onlyOverdue()) {
                Path<LocalDate> lastContact = root.get("figures").get("lastContactDate");
                where.add(cb.or(cb.isNull(lastContact), cb.lessThan(lastContact, cutoff)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
