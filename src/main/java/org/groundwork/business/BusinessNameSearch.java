package org.groundwork.business;

import java.util.List;
import org.groundwork.base.TextSearch;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Businesses (not archived) whose name contains the text, by name, for the shared picker. */
public record BusinessNameSearch(BusinessService businesses) implements TextSearch<Business> {

    @Override
    public List<Business> search(String text, Pageable pageable) {
        return businesses.search(BusinessFilter.byText(text), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by("legalName", "id")));
    }

    @Override
    public long count(String text) {
        return businesses.count(BusinessFilter.byText(text));
    }

    /** Name and city, which tell most businesses of the same name apart. */
    public static String label(Business business) {
        String city = business.getAddress().getCity();
        return business.getDisplayName() + (city == null ? "" : " (" + city + ")");
    }
}
