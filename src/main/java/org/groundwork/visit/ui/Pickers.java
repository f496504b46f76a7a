package org.groundwork.visit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.data.domain.PageRequest;

/** Pickers that search the database as the person types, so they work with tens of thousands of records. */
final class Pickers {

    private Pickers() {
    }

    static ComboBox<Business> business(BusinessService businesses) {
        ComboBox<Business> picker = new ComboBox<>("Business");
        picker.setItems(query -> businesses.search(BusinessFilter.byText(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) businesses.count(BusinessFilter.byText(query.getFilter().orElse(""))));
        picker.setItemLabelGenerator(b -> b.getDisplayName() + (b.getCity() == null ? "" : " (" + b.getCity() + ")"));
        picker.setPlaceholder("Type part of the name");
        picker.setWidthFull();
        return picker;
    }

    static ComboBox<StaffMember> staffMember(StaffDirectory staff, String label) {
        ComboBox<StaffMember> picker = new ComboBox<>(label);
        picker.setItems(query -> staff.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) staff.count(query.getFilter().orElse("")));
        picker.setItemLabelGenerator(StaffMember::fullName);
        return picker;
    }

    static MultiSelectComboBox<StaffMember> staff(StaffDirectory staff, String label) {
        MultiSelectComboBox<StaffMember> picker = new MultiSelectComboBox<>(label);
        picker.setItems(query -> staff.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) staff.count(query.getFilter().orElse("")));
        picker.setItemLabelGenerator(StaffMember::fullName);
        return picker;
    }

    static MultiSelectComboBox<PartnerOrganization> organizations(PartnerOrganizationService organizations) {
        MultiSelectComboBox<PartnerOrganization> picker = new MultiSelectComboBox<>("Partner organizations");
        picker.setItems(query -> organizations.search(query.getFilter().orElse(""), false,
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) organizations.count(query.getFilter().orElse(""), false));
        picker.setItemLabelGenerator(PartnerOrganization::getName);
        return picker;
    }
}
