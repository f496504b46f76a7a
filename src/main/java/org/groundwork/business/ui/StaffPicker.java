package org.groundwork.business.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.data.domain.PageRequest;

/** Picks a staff member by name or username; the directory is searched page by page as the person types. */
class StaffPicker extends ComboBox<StaffMember> {

    StaffPicker(String label, StaffDirectory staff) {
        super(label);
        setItems(query -> staff.search(query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) staff.count(query.getFilter().orElse("")));
        setItemLabelGenerator(StaffMember::fullName);
        setClearButtonVisible(true);
    }
}
