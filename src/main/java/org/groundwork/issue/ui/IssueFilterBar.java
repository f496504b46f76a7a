package org.groundwork.issue.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.IssueStatus;
import org.springframework.modulith.NamedInterface;

/**
 * Text, category and status filters, shared by the issue list, the heat ranking and the partner portal's board.
 * The fields wrap onto more lines at a phone's width. Exposed so the portal's board uses it.
 */
@NamedInterface("issue-filters")
public class IssueFilterBar extends HorizontalLayout {

    public final TextField search = new TextField();
    public final ComboBox<IssueCategory> category = new ComboBox<>();
    public final ComboBox<IssueStatus> status = new ComboBox<>();

    /** @param searchHint the search box's placeholder: says what the text is matched against */
    public IssueFilterBar(String searchHint, Runnable onChange) {
        addClassName("gw-filters");
        setWrap(true);
        search.setPlaceholder(searchHint);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        category.setPlaceholder("Any category");
        category.setItems(IssueCategory.values());
        category.setItemLabelGenerator(IssueCategory::label);
        category.setClearButtonVisible(true);
        status.setPlaceholder("Any status");
        status.setItems(IssueStatus.values());
        status.setItemLabelGenerator(IssueStatus::label);
        status.setClearButtonVisible(true);
        search.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        add(search, category, status);
    }

    public IssueFilter filter() {
        return new IssueFilter(search.getValue(), category.getValue(), status.getValue());
    }
}
