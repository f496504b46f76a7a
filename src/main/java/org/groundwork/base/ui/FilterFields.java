package org.groundwork.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The fields of the lists' filter bars, built in one place so that they look and behave alike on every list. */
public final class FilterFields {

    private FilterFields() {
    }

    /** A search box with a magnifier and a clear button; it filters once the person pauses typing. */
    public static TextField search(String hint, Runnable onChange) {
        TextField search = new TextField();
        search.setPlaceholder(hint);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> onChange.run());
        return search;
    }

    /** A clearable choice of one of {@code values}; cleared, it says {@code hint} ("Any stage") and filters nothing. */
    public static <T> ComboBox<T> any(String hint, T[] values, ItemLabelGenerator<T> label, Runnable onChange) {
        ComboBox<T> choice = new ComboBox<>();
        choice.setPlaceholder(hint);
        choice.setItems(values);
        choice.setItemLabelGenerator(label);
        choice.setClearButtonVisible(true);
        choice.addValueChangeListener(e -> onChange.run());
        return choice;
    }

    /**
     * A labelled select of {@code values} whose first entry, "Any", filters nothing. It has no listener yet, so the
     * page may choose a starting value before it listens.
     */
    public static <T> Select<T> anyOf(String caption, T[] values, ItemLabelGenerator<T> label) {
        Select<T> select = new Select<>();
        select.setLabel(caption);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "Any" : label.apply(value));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
        return select;
    }
}
