package org.groundwork.business.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Finds a business (not archived) by name as the person types, paging in the database. */
class BusinessPicker extends ComboBox<Business> {

    BusinessPicker(String label, BusinessService businesses) {
        super(label);
        setItems(query -> businesses.search(BusinessFilter.byText(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("legalName", "id"))).stream(),
                query -> (int) businesses.count(BusinessFilter.byText(query.getFilter().orElse(""))));
        setItemLabelGenerator(BusinessPicker::label);
        setPlaceholder("Type part of the name");
        setWidthFull();
    }

    static String label(Business business) {
        String city = business.getCity() == null ? "" : ", " + business.getCity();
        return business.getDisplayName() + city + " (#" + business.getId() + ")";
    }
}
