package org.groundwork.business;

import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * Everything a saved view remembers about the businesses grid: the filter, the visible columns in order and the
 * sort (no sort column means the default, by legal name).
 */
public record BusinessGridState(BusinessFilter filter, List<BusinessColumn> columns, BusinessColumn sortColumn,
                                boolean descending) {

    public BusinessGridState {
        columns = columns == null || columns.isEmpty() ? BusinessColumn.defaults() : List.copyOf(columns);
    }

    public static BusinessGridState defaults() {
        return new BusinessGridState(BusinessFilter.all(), BusinessColumn.defaults(), null, false);
    }

    /** The sort as the database runs it: the chosen column, then the id so paging is stable among equals. */
    public Sort sort() {
        return gridSort(sortColumn == null ? List.of() : List.of(new Sort.Order(
                descending ? Sort.Direction.DESC : Sort.Direction.ASC, sortColumn.sortProperty())));
    }

    /** A grid's sort orders with the default (legal name) when there are none and the id as the last tiebreak. */
    public static Sort gridSort(List<Sort.Order> orders) {
        Sort sort = orders.isEmpty() ? Sort.by(BusinessColumn.LEGAL_NAME.sortProperty()) : Sort.by(orders);
        return sort.and(Sort.by("id"));
    }
}
