package org.groundwork.business;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * Reads one page of the businesses grid in two steps: first only the ids, in order, then those rows. The first
 * step is answered from the grid indexes alone, so even the last page of 100,000 businesses does not read the
 * 99,950 rows before it (a plain OFFSET query on MySQL does).
 */
@Component
@RequiredArgsConstructor
class BusinessPages {

    private final EntityManager entityManager;

    List<Business> page(BusinessFilter filter, Sort sort, long offset, int limit) {
        List<Long> ids = ids(filter, sort, offset, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Business> byId = entityManager.createQuery("select b from Business b where b.id in :ids",
                        Business.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Business::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(b -> b != null)
                .sorted(Comparator.comparingInt(b -> ids.indexOf(b.getId()))).toList();
    }

    private List<Long> ids(BusinessFilter filter, Sort sort, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Business> root = query.from(Business.class);
        query.select(root.get("id"));
        query.where(BusinessSpecifications.matching(filter).toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query).setFirstResult(Math.toIntExact(offset)).setMaxResults(limit)
                .getResultList();
    }
}
