package org.groundwork.issue.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;

/** A business chooser that searches by name in the database, a page at a time. */
final class BusinessPicker {

    private BusinessPicker() {
    }

    static ComboBox<Business> create(String label, BusinessService businesses) {
        ComboBox<Business> picker = new ComboBox<>(label);
        picker.setItems(query -> businesses.search(BusinessFilter.byText(query.getFilter().orElse(null)),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) businesses.count(BusinessFilter.byText(query.getFilter().orElse(null))));
        picker.setItemLabelGenerator(Business::getDisplayName);
        picker.setPlaceholder("Type part of the name");
        return picker;
    }
}
