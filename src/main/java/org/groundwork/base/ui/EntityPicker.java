package org.groundwork.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.groundwork.base.TextSearch;
import org.springframework.data.domain.PageRequest;

/**
 * The one lazy entity picker: a combo box that asks a {@link TextSearch} for one page at a time as the person
 * types, so it works with tens of thousands of records; arrow keys, Enter and Escape work as in any combo box.
 * The searches: {@code BusinessNameSearch} (businesses), {@code StaffDirectory} (staff),
 * {@code OrganizationNameSearch} (partner organizations).
 */
public final class EntityPicker {

    private EntityPicker() {
    }

    /** Picks one record. */
    public static <T> ComboBox<T> single(String label, TextSearch<T> search, ItemLabelGenerator<T> labels) {
        ComboBox<T> picker = new ComboBox<>(label);
        picker.setItems(query -> search.search(query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) search.count(query.getFilter().orElse("")));
        picker.setItemLabelGenerator(labels);
        picker.setPlaceholder("Type part of the name");
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** Picks any number of records. */
    public static <T> MultiSelectComboBox<T> multiple(String label, TextSearch<T> search,
                                                      ItemLabelGenerator<T> labels) {
        MultiSelectComboBox<T> picker = new MultiSelectComboBox<>(label);
        picker.setItems(query -> search.search(query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) search.count(query.getFilter().orElse("")));
        picker.setItemLabelGenerator(labels);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
