package org.groundwork.visit.tally;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the visit tally (TALLY.md, decision 022) equal to the completed visits. {@link #refresh} runs in the
 * transaction of every write that changes a business's completed visits or its classification; {@link #rebuild}
 * recomputes everything, for the first start, an admin, or after bulk loads that bypass the services.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class VisitTally {

    private final BusinessRows rows;
    private final TallyCells cells;
    private final TallyRebuild rebuilder;

    /**
     * Recomputes these businesses' rows from their completed visits and applies the difference to the cells.
     * Businesses are locked in id order and cells written in key order, so concurrent refreshes wait rather than
     * deadlock. A business that no longer exists loses its rows.
     */
    public void refresh(Collection<Long> businessIds) {
        SortedMap<Cell, CellDelta> deltas = new TreeMap<>();
        for (Long id : new TreeSet<>(businessIds)) {
            refresh(id, deltas);
        }
        cells.apply(deltas);
    }

    /**
     * Takes the business's row lock before a visit of it is written: a refresh reads the business's visits with
     * locking reads, so a writer that held a visit row first and then waited for the business would deadlock
     * with another business's refresh.
     */
    public void lockBusiness(Long businessId) {
        rows.lockDimensions(businessId);
    }

    /** Empties the tally and computes it again from every completed visit, in this transaction. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void rebuild() {
        rebuilder.rebuild();
    }

    private void refresh(Long businessId, SortedMap<Cell, CellDelta> deltas) {
        Optional<Dimensions> dimensions = rows.lockDimensions(businessId);
        SortedMap<Period, BusinessRows.Stored> before = rows.stored(businessId);
        SortedMap<Period, BusinessRows.Stored> after = new TreeMap<>();
        dimensions.ifPresent(now -> rows.counted(businessId).forEach((period, counts) ->
                after.put(period, new BusinessRows.Stored(now, counts))));
        rows.write(businessId, before, after);
        add(deltas, before, -1);
        add(deltas, after, 1);
    }

    private static void add(SortedMap<Cell, CellDelta> deltas, Map<Period, BusinessRows.Stored> rows, int sign) {
        rows.forEach((period, row) -> deltas.computeIfAbsent(new Cell(period, row.dimensions()), c -> new CellDelta())
                .add(row.counts(), sign));
    }
}
