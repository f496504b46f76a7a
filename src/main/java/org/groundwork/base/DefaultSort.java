package org.groundwork.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The order a paged list comes in until the person sorts a column of the grid themselves. */
public final class DefaultSort {

    private DefaultSort() {
    }

    /** The page as asked for when it is sorted; otherwise the same page in the {@code usual} order. */
    public static Pageable unlessSorted(Pageable pageable, Sort usual) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), usual);
    }
}
